package fr.ctg.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** Minutes as their page shows them, with what the caller may do on them. */
public record MinutesDetails(long id, long conventionId, long meetingId, long committeeId, String committeeName,
                             String title, ZonedDateTime meetingStart, String meetingPlace, MinutesStatus status,
                             LocalDate reviewUntil, Instant approvedAt, String approvedByName, Audience audience,
                             boolean includeAssociations, Instant publishedAt, String pdfSha256,
                             List<AttendeeView> attendees, List<SectionView> sections, List<ErratumView> errata,
                             MinutesRights rights) {

    public record AttendeeView(long accountId, String displayName, fr.ctg.governance.AttendanceStatus status,
                               String proxyName) {
    }

    public record SectionView(long id, long version, int position, String title, String body,
                              List<DecisionView> decisions, List<ActionItemView> actions, List<RemarkView> remarks) {
    }

    public record ErratumView(long id, Long sectionId, String authorName, String body, Instant createdAt) {
    }

    /** What the caller may do now (the services check it again). */
    public record MinutesRights(boolean edit, boolean startReview, boolean remark, boolean resolve,
                                boolean approveAsChair, boolean recordApproval, boolean publish, boolean erratum,
                                boolean receipts) {
    }
}
