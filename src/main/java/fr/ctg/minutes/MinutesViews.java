package fr.ctg.minutes;

import fr.ctg.minutes.internal.ActionItem;
import fr.ctg.minutes.internal.ActionItemRepository;
import fr.ctg.minutes.internal.Minutes;
import fr.ctg.minutes.internal.MinutesDecision;
import fr.ctg.minutes.internal.MinutesDecisionRepository;
import fr.ctg.minutes.internal.MinutesErratumRepository;
import fr.ctg.minutes.internal.MinutesPdf;
import fr.ctg.minutes.internal.MinutesPdfRepository;
import fr.ctg.minutes.internal.MinutesRemark;
import fr.ctg.minutes.internal.MinutesRemarkRepository;
import fr.ctg.minutes.internal.MinutesSectionRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds the views of minutes (entities never leave the feature). */
@Component
class MinutesViews {

    private final MinutesSectionRepository sections;
    private final MinutesDecisionRepository decisions;
    private final ActionItemRepository actions;
    private final MinutesRemarkRepository remarks;
    private final MinutesErratumRepository errata;
    private final MinutesPdfRepository pdfs;
    private final MinutesGate gate;
    private final Clock clock;

    MinutesViews(MinutesSectionRepository sections, MinutesDecisionRepository decisions, ActionItemRepository actions,
                 MinutesRemarkRepository remarks, MinutesErratumRepository errata, MinutesPdfRepository pdfs,
                 MinutesGate gate, Clock clock) {
        this.sections = sections;
        this.decisions = decisions;
        this.actions = actions;
        this.remarks = remarks;
        this.errata = errata;
        this.pdfs = pdfs;
        this.gate = gate;
        this.clock = clock;
    }

    MinutesDetails details(Minutes m) {
        MinutesDetails.MinutesRights rights = rights(m);
        boolean seesRemarks = rights.resolve() || rights.remark() || rights.receipts();
        Map<Long, List<DecisionRow>> decisionsBySection = decisions.findByMinutesIdOrderById(m.getId()).stream()
                .map(MinutesViews::view).collect(Collectors.groupingBy(DecisionRow::sectionId));
        Map<Long, List<ActionItemRow>> actionsBySection = actions.findByMinutesIdOrderById(m.getId()).stream()
                .map(a -> view(a, m.getTitle())).collect(Collectors.groupingBy(ActionItemRow::sectionId));
        Map<Long, List<RemarkRow>> remarksBySection = seesRemarks
                ? remarks.findByMinutesIdOrderById(m.getId()).stream().map(MinutesViews::view)
                        .collect(Collectors.groupingBy(RemarkRow::sectionId))
                : Map.of();
        List<MinutesDetails.SectionItem> sectionViews = sections.findByMinutesIdOrderByPosition(m.getId()).stream()
                .map(s -> new MinutesDetails.SectionItem(s.getId(), s.getVersion(), s.getPosition(), s.getTitle(),
                        s.getBody(), decisionsBySection.getOrDefault(s.getId(), List.of()),
                        actionsBySection.getOrDefault(s.getId(), List.of()),
                        remarksBySection.getOrDefault(s.getId(), List.of())))
                .toList();
        List<MinutesDetails.ErratumItem> errataViews = errata.findByMinutesIdOrderById(m.getId()).stream()
                .map(e -> new MinutesDetails.ErratumItem(e.getId(), e.getSectionId(), e.getAuthorName(), e.getBody(),
                        e.getCreatedAt())).toList();
        String sha = m.getStatus() == MinutesStatus.PUBLISHED
                ? pdfs.findFirstByMinutesIdAndLanguageOrderByVersionDesc(m.getId(), "fr").map(MinutesPdf::getSha256).orElse(null) : null;
        return new MinutesDetails(m.getId(), m.getConventionId(), m.getMeetingId(), m.getCommitteeId(),
                m.getCommitteeName(), m.getTitle(), m.getMeetingStartsAt().atZone(ZoneId.of(m.getMeetingTimeZone())),
                m.getMeetingPlace(), m.getStatus(), m.getReviewUntil(), m.getApprovedAt(), m.getApprovedByName(),
                m.getAudience(), m.isIncludeAssociations(), m.getPublishedAt(), sha,
                m.getAttendees().stream().map(a -> new MinutesDetails.AttendeeRow(a.getAccountId(),
                        a.getDisplayName(), a.getStatus(), a.getProxyName())).toList(),
                sectionViews, errataViews, rights);
    }

    private MinutesDetails.MinutesRights rights(Minutes m) {
        boolean secretariat = gate.isSecretariat(m.getConventionId());
        MinutesStatus status = m.getStatus();
        boolean chair = gate.isChair(m);
        boolean inReview = status == MinutesStatus.IN_REVIEW;
        boolean reviewOpen = inReview && !LocalDate.now(clock).isAfter(m.getReviewUntil());
        boolean frozen = status == MinutesStatus.APPROVED || status == MinutesStatus.PUBLISHED;
        return new MinutesDetails.MinutesRights(secretariat && status.editable(), secretariat && status == MinutesStatus.DRAFT,
                reviewOpen && (MinutesGate.isReviewer(m, gate.me()) || chair), secretariat && inReview,
                inReview && chair, inReview && secretariat, secretariat && status == MinutesStatus.APPROVED,
                frozen && (secretariat || chair), secretariat && status != MinutesStatus.DRAFT);
    }

    static MinutesSummary summary(Minutes m) {
        return new MinutesSummary(m.getId(), m.getCommitteeId(), m.getCommitteeName(), m.getTitle(),
                m.getMeetingStartsAt().atZone(ZoneId.of(m.getMeetingTimeZone())).toLocalDate(), m.getStatus(),
                m.getPublishedAt());
    }

    static DecisionRow view(MinutesDecision d) {
        return new DecisionRow(d.getId(), d.getSectionId(), d.getText(), Set.copyOf(d.getObjectiveIds()),
                Set.copyOf(d.getDocumentIds()));
    }

    static ActionItemRow view(ActionItem a, String minutesTitle) {
        return new ActionItemRow(a.getId(), a.getMinutesId(), minutesTitle, a.getSectionId(), a.getWhat(),
                a.getOwnerAccountId(), a.getOwnerName(), a.getDueDate(), a.getObjectiveId(), a.getStatus());
    }

    static RemarkRow view(MinutesRemark r) {
        return new RemarkRow(r.getId(), r.getSectionId(), r.getAuthorAccountId(), r.getAuthorName(), r.getBody(),
                r.getCreatedAt(), r.getResolution(), r.getAnswer());
    }
}
