package fr.ctg.minutes;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.document.DocumentQuery;
import fr.ctg.document.DocumentService;
import fr.ctg.document.DocumentSummary;
import fr.ctg.governance.DeadlineService;
import fr.ctg.minutes.internal.ActionItem;
import fr.ctg.minutes.internal.ActionItemRepository;
import fr.ctg.minutes.internal.Minutes;
import fr.ctg.minutes.internal.MinutesDecision;
import fr.ctg.minutes.internal.MinutesDecisionRepository;
import fr.ctg.minutes.internal.MinutesSection;
import fr.ctg.minutes.internal.MinutesSectionRepository;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveSummary;
import fr.ctg.security.AccountService;
import fr.ctg.security.MemberSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat writes the minutes while they are a draft or under review: section texts (Markdown),
 * decisions linked to objectives and deliberations, and action items (which also go in the calendar).
 */
@Service
@Transactional
public class MinutesEditingService {

    static final int MAX_BODY = 100_000;

    private final MinutesSectionRepository sections;
    private final MinutesDecisionRepository decisions;
    private final ActionItemRepository actions;
    private final MinutesGate gate;
    private final ObjectiveService objectives;
    private final DocumentService documents;
    private final AccountService accounts;
    private final DeadlineService deadlineService;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MinutesEditingService(MinutesSectionRepository sections, MinutesDecisionRepository decisions, ActionItemRepository actions,
                   MinutesGate gate, ObjectiveService objectives, DocumentService documents, AccountService accounts,
                   DeadlineService deadlineService, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.sections = sections;
        this.decisions = decisions;
        this.actions = actions;
        this.gate = gate;
        this.objectives = objectives;
        this.documents = documents;
        this.accounts = accounts;
        this.deadlineService = deadlineService;
        this.clock = clock;
    }

    /** Saves a section's title and text; {@code baseVersion} is the version the writer started from. */
    public MinutesDetails.SectionItem saveSection(long sectionId, long baseVersion, String title, String body) {
        MinutesSection s = sections.findById(sectionId).orElseThrow(NotFoundException::new);
        gate.editable(s.getMinutesId());
        String t = MinutesText.required(title, 300, "minutes.error.sectionTitle");
        String b = MinutesText.markdown(body, MAX_BODY, "minutes.error.body");
        if (s.getVersion() != baseVersion) {
            throw new BusinessRuleException("minutes.error.stale");
        }
        s.edit(t, b);
        sections.flush();
        return new MinutesDetails.SectionItem(s.getId(), s.getVersion(), s.getPosition(), s.getTitle(), s.getBody(),
                List.of(), List.of(), List.of());
    }

    /** Adds a section at the end. */
    public long addSection(long minutesId, String title) {
        gate.editable(minutesId);
        String t = MinutesText.required(title, 300, "minutes.error.sectionTitle");
        return sections.save(new MinutesSection(minutesId, sections.countByMinutesId(minutesId) + 1, t, null, "")).getId();
    }

    /** Records a decision in a section, linked to objectives and documents of the same convention. */
    public DecisionRow addDecision(long sectionId, String text, Set<Long> objectiveIds, Set<Long> documentIds) {
        MinutesSection s = sections.findById(sectionId).orElseThrow(NotFoundException::new);
        Minutes m = gate.editable(s.getMinutesId());
        String t = MinutesText.required(text, 2000, "minutes.error.decision");
        requireObjectives(m.getConventionId(), objectiveIds);
        Set<Long> known = documents.search(m.getConventionId(), DocumentQuery.all()).stream().map(DocumentSummary::id)
                .collect(Collectors.toSet());
        if (!known.containsAll(documentIds)) {
            throw new BusinessRuleException("minutes.error.document");
        }
        return MinutesViews.view(decisions.save(new MinutesDecision(m.getId(), sectionId, t, objectiveIds, documentIds)));
    }

    public void removeDecision(long decisionId) {
        MinutesDecision d = decisions.findById(decisionId).orElseThrow(NotFoundException::new);
        gate.editable(d.getMinutesId());
        decisions.delete(d);
    }

    /**
     * Records an action item: an owner (a member, or a named person), a due date from today on, optionally
     * an objective. It appears in the calendar and on the owner's dashboard.
     */
    public ActionItemRow addAction(NewActionItem a) {
        MinutesSection s = sections.findById(a.sectionId()).orElseThrow(NotFoundException::new);
        Minutes m = gate.editable(s.getMinutesId());
        String what = MinutesText.required(a.what(), 500, "actionItem.error.what");
        String ownerName;
        if (a.ownerAccountId() != null) {
            ownerName = accounts.members(m.getConventionId()).stream()
                    .filter(x -> x.accountId() == a.ownerAccountId()).map(MemberSummary::displayName).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("actionItem.error.ownerMember"));
        } else {
            ownerName = a.ownerName() == null ? "" : a.ownerName().strip();
            if (ownerName.isEmpty()) {
                throw new BusinessRuleException("actionItem.error.owner");
            }
            ownerName = MinutesText.required(ownerName, 200, "actionItem.error.ownerName");
        }
        if (a.dueDate() == null) {
            throw new BusinessRuleException("actionItem.error.dueDate");
        }
        if (a.dueDate().isBefore(LocalDate.now(clock))) {
            throw new BusinessRuleException("actionItem.error.duePast");
        }
        if (a.objectiveId() != null) {
            requireObjectives(m.getConventionId(), Set.of(a.objectiveId()));
        }
        ActionItem item = actions.save(new ActionItem(m.getConventionId(), m.getCommitteeId(), m.getId(), s.getId(), what,
                a.ownerAccountId(), ownerName, a.dueDate(), a.objectiveId()));
        item.setDeadlineId(deadlineService.trackAction(m.getConventionId(), what + " (" + ownerName + ")", a.dueDate(),
                a.ownerAccountId()));
        if (a.ownerAccountId() != null) {
            events.publishEvent(new ActionAssigned(m.getConventionId(), m.getId(), what, a.dueDate(), a.ownerAccountId(),
                    gate.me(), gate.myName()));
        }
        return MinutesViews.view(item, m.getTitle());
    }

    public void removeAction(long actionId) {
        ActionItem a = actions.findById(actionId).orElseThrow(NotFoundException::new);
        gate.editable(a.getMinutesId());
        if (a.getDeadlineId() != null) {
            deadlineService.closeAction(a.getDeadlineId(), false);
        }
        actions.delete(a);
    }

    private void requireObjectives(long conventionId, Set<Long> ids) {
        Set<Long> known = objectives.byField(conventionId).stream().flatMap(f -> f.objectives().stream())
                .map(ObjectiveSummary::id).collect(Collectors.toSet());
        if (!known.containsAll(ids)) {
            throw new BusinessRuleException("minutes.error.objective");
        }
    }
}
