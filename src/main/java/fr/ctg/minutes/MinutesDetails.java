package fr.ctg.minutes;

import fr.ctg.governance.AttendanceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** Minutes as their page shows them, with what the caller may do on them. */
public record MinutesDetails(long id, long conventionId, long meetingId, long committeeId, String committeeName,
                             String title, ZonedDateTime meetingStart, String meetingPlace, MinutesStatus status,
                             LocalDate reviewUntil, Instant approvedAt, String approvedByName, Audience audience,
                             boolean includeAssociations, Instant publishedAt, String pdfSha256,
                             List<AttendeeRow> attendees, List<SectionItem> sections, List<ErratumItem> errata,
                             MinutesRights rights) {

    public record AttendeeRow(long accountId, String displayName, AttendanceStatus status,
                               String proxyName) {
    }

    public record SectionItem(long id, long version, int position, String title, String body,
                              List<DecisionRow> decisions, List<ActionItemRow> actions, List<RemarkRow> remarks) {
    }

    public record ErratumItem(long id, Long sectionId, String authorName, String body, Instant createdAt) {
    }

    /** What the caller may do now (the services check it again). */
    public record MinutesRights(boolean edit, boolean startReview, boolean remark, boolean resolve,
                                boolean approveAsChair, boolean recordApproval, boolean publish, boolean erratum,
                                boolean receipts) {
    }
}
