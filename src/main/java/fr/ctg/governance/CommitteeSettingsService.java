package fr.ctg.governance;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.convention.ThematicGroupChanged;
import fr.ctg.governance.internal.CommitteeEntity;
import fr.ctg.governance.internal.CommitteeRepository;
import fr.ctg.governance.internal.Deadline;
import fr.ctg.governance.internal.DeadlineRepository;
import fr.ctg.governance.internal.DeadlineRule;
import fr.ctg.governance.internal.DeadlineRuleRepository;
import fr.ctg.governance.internal.Meeting;
import fr.ctg.governance.internal.MeetingRepository;
import fr.ctg.security.Committee;
import fr.ctg.security.ConventionAccessService;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A convention's committees and Annexe 3 deadline rules as its administrators keep them: names and secretariats of
 * the committees (a thematic group's committee follows its group), the rules' offsets; changing a rule moves the
 * deadlines it derived for meetings still to come.
 */
@Service
@Transactional
public class CommitteeSettingsService {

    /** Kinds a rule may derive (the others have their own sources). */
    public static final Set<DeadlineKind> RULE_KINDS = EnumSet.of(DeadlineKind.FOLLOW_UP_COMMITTEE,
            DeadlineKind.SECRETARIAT_PROPOSALS, DeadlineKind.OTHER);

    private final CommitteeRepository committees;
    private final DeadlineRuleRepository rules;
    private final DeadlineRepository deadlines;
    private final MeetingRepository meetings;
    private final ConventionAccessService access;
    private final ApplicationEventPublisher events;

    CommitteeSettingsService(CommitteeRepository committees, DeadlineRuleRepository rules, DeadlineRepository deadlines,
                             MeetingRepository meetings, ConventionAccessService access, ApplicationEventPublisher events) {
        this.committees = committees;
        this.rules = rules;
        this.deadlines = deadlines;
        this.meetings = meetings;
        this.access = access;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<CommitteeSetup> committees(long conventionId) {
        access.requireAdmin(conventionId);
        return committees.findByConventionIdOrderById(conventionId).stream()
                .map(c -> new CommitteeSetup(c.getId(), c.getKind(), c.getName(), c.getSecretariat())).toList();
    }

    @Transactional(readOnly = true)
    public List<RuleSetup> rules(long conventionId) {
        access.requireAdmin(conventionId);
        return rules.findByConventionIdOrderById(conventionId).stream()
                .map(r -> new RuleSetup(r.getId(), r.getTrigger(), r.getKind(), r.getOffsetMonths(), r.getOffsetDays()))
                .toList();
    }

    /** Renames committees and sets their secretariat; a standing committee given without id is created. */
    public void updateCommittees(long conventionId, List<CommitteeSetup> setups) {
        access.requireAdmin(conventionId);
        Map<Long, CommitteeEntity> existing = new HashMap<>();
        committees.findByConventionIdOrderById(conventionId).forEach(c -> existing.put(c.getId(), c));
        Set<Committee> standing = EnumSet.noneOf(Committee.class);
        existing.values().stream().filter(c -> c.getKind() != Committee.THEMATIC_GROUP).forEach(c -> standing.add(c.getKind()));
        for (CommitteeSetup s : setups) {
            String name = s.name() == null ? "" : s.name().strip();
            if (name.isEmpty() || name.length() > 200) {
                throw new BusinessRuleException("committees.error.name");
            }
            if (s.secretariat() == null) {
                throw new BusinessRuleException("committees.error.secretariat", name);
            }
            if (s.id() != null && !existing.containsKey(s.id())) {
                throw new NotFoundException();
            }
            if (s.id() == null && (s.kind() == null || s.kind() == Committee.THEMATIC_GROUP || standing.contains(s.kind()))) {
                throw new BusinessRuleException("committees.error.kind");
            }
        }
        for (CommitteeSetup s : setups) {
            if (s.id() == null) {
                committees.save(new CommitteeEntity(conventionId, s.kind(), s.name().strip(), null, s.secretariat()));
            } else {
                existing.get(s.id()).update(s.name().strip(), s.secretariat());
            }
        }
        events.publishEvent(JournalEvent.of(JournalKind.CONVENTION_SETTINGS_CHANGED).convention(conventionId)
                .detail("committees"));
    }

    /**
     * Replaces the deadline rules. A rule's offsets are 0 to 24 months and 0 to 365 days before, not both zero; two
     * rules may not derive the same kind from the same committee. Deadlines derived for meetings not yet held move
     * with their rule; a removed rule's deadlines stay, no longer derived.
     */
    public void updateRules(long conventionId, List<RuleSetup> setups) {
        access.requireAdmin(conventionId);
        Map<Long, DeadlineRule> existing = new HashMap<>();
        rules.findByConventionIdOrderById(conventionId).forEach(r -> existing.put(r.getId(), r));
        Set<String> seen = new HashSet<>();
        for (RuleSetup s : setups) {
            if (s.trigger() == null || s.kind() == null || !RULE_KINDS.contains(s.kind())) {
                throw new BusinessRuleException("rules.error.kind");
            }
            if (s.months() < 0 || s.months() > 24 || s.days() < 0 || s.days() > 365 || (s.months() == 0 && s.days() == 0)) {
                throw new BusinessRuleException("rules.error.offset");
            }
            if (!seen.add(s.trigger() + "/" + s.kind())) {
                throw new BusinessRuleException("rules.error.twice");
            }
            if (s.id() != null && !existing.containsKey(s.id())) {
                throw new NotFoundException();
            }
        }
        Set<Long> kept = new HashSet<>();
        for (RuleSetup s : setups) {
            if (s.id() == null) {
                rules.save(new DeadlineRule(conventionId, s.trigger(), s.kind(), s.months(), s.days()));
            } else {
                DeadlineRule r = existing.get(s.id());
                boolean moved = r.getOffsetMonths() != s.months() || r.getOffsetDays() != s.days();
                r.update(s.trigger(), s.kind(), s.months(), s.days());
                kept.add(r.getId());
                if (moved) {
                    moveDerived(r);
                }
            }
        }
        for (DeadlineRule r : existing.values()) {
            if (!kept.contains(r.getId())) {
                deadlines.findByRuleId(r.getId()).forEach(Deadline::detachFromRule);
                deadlines.flush();
                rules.delete(r);
            }
        }
        events.publishEvent(JournalEvent.of(JournalKind.CONVENTION_SETTINGS_CHANGED).convention(conventionId)
                .detail("rules"));
    }

    private void moveDerived(DeadlineRule r) {
        for (Deadline d : deadlines.findByRuleId(r.getId())) {
            if (d.getMeetingId() == null || d.isDone() || d.isCancelled()) {
                continue;
            }
            Meeting m = meetings.findById(d.getMeetingId()).orElse(null);
            if (m == null || m.getStatus() == MeetingStatus.HELD || m.getStatus() == MeetingStatus.CANCELLED) {
                continue;
            }
            d.moveTo(DeadlineService.derive(m.getStartsAt().atZone(ZoneId.of(m.getTimeZone())).toLocalDate(),
                    r.getOffsetMonths(), r.getOffsetDays()));
        }
    }

    /** A thematic group's committee follows its group (added, renamed, removed after the convention's creation). */
    @EventListener
    void on(ThematicGroupChanged e) {
        List<CommitteeEntity> mine = committees.findByConventionIdOrderById(e.conventionId()).stream()
                .filter(c -> Objects.equals(c.getThematicGroupId(), e.groupId())).toList();
        switch (e.change()) {
            case ADDED -> committees.save(new CommitteeEntity(e.conventionId(), Committee.THEMATIC_GROUP,
                    CommitteeService.groupCommitteeName(e.name()), e.groupId(), SecretariatParty.OTHER));
            case RENAMED -> mine.forEach(c -> c.update(CommitteeService.groupCommitteeName(e.name()), c.getSecretariat()));
            case REMOVED -> committees.deleteAll(mine);
        }
    }
}
