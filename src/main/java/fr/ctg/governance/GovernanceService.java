package fr.ctg.governance;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionCreated;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.governance.internal.CommitteeEntity;
import fr.ctg.governance.internal.CommitteeRepository;
import fr.ctg.governance.internal.Deadline;
import fr.ctg.governance.internal.DeadlineRepository;
import fr.ctg.governance.internal.DeadlineRule;
import fr.ctg.governance.internal.DeadlineRuleRepository;
import fr.ctg.governance.internal.Meeting;
import fr.ctg.governance.internal.MeetingRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.Committee;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.MemberSummary;
import fr.ctg.security.Role;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Committees, meetings and the deadlines derived from them (Article 6, Annexes 3 and 4). Deadline rules
 * are data per convention (months and days before a committee's meeting); scheduling or moving a COPIL
 * (re)computes its derived deadlines.
 */
@Service
@Transactional
public class GovernanceService {

    /** Who schedules meetings: the secretariat (and administrators). */
    public static final Set<Role> SCHEDULERS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT);
    /** Who keeps the evaluation calendar: the referents and the secretariat. */
    public static final Set<Role> MILESTONE_EDITORS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATION_REFERENT);

    private final CommitteeRepository committees;
    private final DeadlineRuleRepository rules;
    private final MeetingRepository meetings;
    private final DeadlineRepository deadlines;
    private final ConventionAccessService access;
    private final ConventionService conventions;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    GovernanceService(CommitteeRepository committees, DeadlineRuleRepository rules, MeetingRepository meetings,
                      DeadlineRepository deadlines, ConventionAccessService access, ConventionService conventions,
                      AccountService accounts, ApplicationEventPublisher events, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.committees = committees;
        this.rules = rules;
        this.meetings = meetings;
        this.deadlines = deadlines;
        this.access = access;
        this.conventions = conventions;
        this.accounts = accounts;
        this.events = events;
    }

    /** Every convention gets its committees and the Annexe 3 rules when it is created. */
    @EventListener
    void on(ConventionCreated event) {
        long c = event.conventionId();
        committees.save(new CommitteeEntity(c, Committee.COMITE_PILOTAGE, "Comité de pilotage", null, SecretariatParty.CC));
        committees.save(new CommitteeEntity(c, Committee.COMITE_SUIVI, "Comité de suivi", null, SecretariatParty.CAF));
        committees.save(new CommitteeEntity(c, Committee.COMITE_SUIVI_EVALUATION, "Comité de suivi de l’évaluation",
                null, SecretariatParty.CAF));
        for (ThematicGroupRef g : conventions.thematicGroups(c)) {
            committees.save(new CommitteeEntity(c, Committee.THEMATIC_GROUP, groupCommitteeName(g.name()), g.id(),
                    SecretariatParty.OTHER));
        }
        rules.save(new DeadlineRule(c, Committee.COMITE_PILOTAGE, DeadlineKind.FOLLOW_UP_COMMITTEE, 1, 0));
        rules.save(new DeadlineRule(c, Committee.COMITE_PILOTAGE, DeadlineKind.SECRETARIAT_PROPOSALS, 0, 15));
    }

    @Transactional(readOnly = true)
    public List<CommitteeSummary> committees(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return committees.findByConventionIdOrderById(conventionId).stream().map(GovernanceService::view).toList();
    }

    /** Schedules a meeting; a COPIL gets its derived deadlines. */
    public MeetingDetails schedule(long conventionId, NewMeeting m) {
        access.require(conventionId, SCHEDULERS);
        String title = m.title() == null ? "" : m.title().strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new BusinessRuleException("meeting.error.title");
        }
        CommitteeEntity committee = committees.findById(m.committeeId())
                .filter(c -> c.getConventionId() == conventionId)
                .orElseThrow(() -> new BusinessRuleException("meeting.error.committee"));
        ZoneId zone = zone(m.timeZone());
        ZonedDateTime[] times = times(m.start(), m.end(), zone);
        Meeting meeting = meetings.save(new Meeting(conventionId, committee.getId(), title, times[0].toInstant(),
                times[1].toInstant(), zone.getId(), blank(m.place()), blank(m.videoLink())));
        for (DeadlineRule rule : rules.findByConventionIdAndTrigger(conventionId, committee.getKind())) {
            deadlines.save(new Deadline(conventionId, rule.getKind(), title,
                    derive(times[0].toLocalDate(), rule.getOffsetMonths(), rule.getOffsetDays()), meeting.getId(),
                    rule.getId()));
        }
        return view(meeting, committee);
    }

    /** Moves a meeting; its derived deadlines move with it and the people concerned are told. */
    public MeetingDetails move(long meetingId, LocalDateTime start, LocalDateTime end, String timeZone) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        access.require(meeting.getConventionId(), SCHEDULERS);
        ZoneId zone = zone(timeZone);
        ZonedDateTime[] times = times(start, end, zone);
        meeting.move(times[0].toInstant(), times[1].toInstant(), zone.getId());
        List<Deadline> derived = deadlines.findByMeetingId(meetingId);
        Map<Long, DeadlineRule> byId = rules.findAllById(derived.stream().map(Deadline::getRuleId)
                        .filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(DeadlineRule::getId, Function.identity()));
        for (Deadline d : derived) {
            DeadlineRule rule = d.getRuleId() == null ? null : byId.get(d.getRuleId());
            if (rule != null) {
                d.moveTo(derive(times[0].toLocalDate(), rule.getOffsetMonths(), rule.getOffsetDays()));
            }
        }
        if (!derived.isEmpty()) {
            events.publishEvent(new DeadlinesMoved(meeting.getConventionId(), meetingId, meeting.getTitle(),
                    concerned(meeting.getConventionId())));
        }
        return view(meeting, committees.findById(meeting.getCommitteeId()).orElseThrow());
    }

    /** Meetings and deadlines between two dates (inclusive), for readers of the convention. */
    @Transactional(readOnly = true)
    public CalendarDetails calendar(long conventionId, LocalDate from, LocalDate to) {
        access.require(conventionId, Role.CONVENTION_READERS);
        Map<Long, CommitteeEntity> byId = committees.findByConventionIdOrderById(conventionId).stream()
                .collect(Collectors.toMap(CommitteeEntity::getId, Function.identity()));
        ZoneId paris = ZoneId.of("Europe/Paris");
        List<MeetingDetails> ms = meetings.findByConventionIdAndStartsAtBetweenOrderByStartsAt(conventionId,
                        from.atStartOfDay(paris).toInstant(), to.plusDays(1).atStartOfDay(paris).toInstant()).stream()
                .map(m -> view(m, byId.get(m.getCommitteeId()))).toList();
        List<DeadlineItem> ds = new ArrayList<>(deadlines.findByConventionIdAndDueDateBetweenOrderByDueDate(
                conventionId, from, to).stream().map(GovernanceService::view).toList());
        // the convention's own dates (Article 10), computed rather than stored
        var overview = conventions.overview(conventionId);
        if (!overview.endDate().isBefore(from) && !overview.endDate().isAfter(to)) {
            ds.add(new DeadlineItem(0, conventionId, DeadlineKind.CONVENTION_END, overview.title(), overview.endDate(),
                    null, null, false, false));
        }
        if (!overview.noticeDeadline().isBefore(from) && !overview.noticeDeadline().isAfter(to)) {
            ds.add(new DeadlineItem(0, conventionId, DeadlineKind.NOTICE_DEADLINE, overview.title(),
                    overview.noticeDeadline(), null, null, false, false));
        }
        ds.sort(Comparator.comparing(DeadlineItem::dueDate));
        return new CalendarDetails(ms, ds);
    }

    /** Overdue deadlines and those due in the next {@code days} days (the dashboard's panel). */
    @Transactional(readOnly = true)
    public List<DeadlineItem> dueSoon(long conventionId, LocalDate today, int days) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return deadlines.findByConventionIdAndDoneFalseAndCancelledFalseAndDueDateBeforeOrderByDueDate(conventionId,
                today.plusDays(days + 1L)).stream().map(GovernanceService::view).toList();
    }

    /** Adds an evaluation milestone (Annexe 4) with its owner (a member of the convention). */
    public DeadlineItem addMilestone(long conventionId, String title, LocalDate dueDate, Long ownerAccountId) {
        access.require(conventionId, MILESTONE_EDITORS);
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 300) {
            throw new BusinessRuleException("deadline.error.title");
        }
        if (dueDate == null) {
            throw new BusinessRuleException("deadline.error.date");
        }
        if (ownerAccountId != null && accounts.members(conventionId).stream()
                .noneMatch(m -> m.accountId() == ownerAccountId)) {
            throw new BusinessRuleException("deadline.error.owner");
        }
        Deadline d = new Deadline(conventionId, DeadlineKind.EVALUATION_MILESTONE, t, dueDate, null, null);
        d.setOwnerAccountId(ownerAccountId);
        return view(deadlines.save(d));
    }

    /** Names the chair of a committee (who approves its minutes): a member of the convention, or nobody. */
    public CommitteeSummary setChair(long committeeId, Long accountId) {
        CommitteeEntity c = committees.findById(committeeId).orElseThrow(NotFoundException::new);
        access.require(c.getConventionId(), SCHEDULERS);
        if (accountId != null && accounts.members(c.getConventionId()).stream().noneMatch(m -> m.accountId() == accountId)) {
            throw new BusinessRuleException("committee.error.chair");
        }
        c.setChairAccountId(accountId);
        return view(c);
    }

    /** One meeting of a convention the caller reads. */
    @Transactional(readOnly = true)
    public MeetingDetails meeting(long meetingId) {
        Meeting m = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        access.require(m.getConventionId(), Role.CONVENTION_READERS);
        return view(m, committees.findById(m.getCommitteeId()).orElseThrow());
    }

    /**
     * Puts an action item decided in a meeting in the calendar (and the owner's iCal feed) as a deadline
     * of kind {@link DeadlineKind#ACTION_ITEM}; returns the deadline's id.
     */
    public long trackAction(long conventionId, String title, LocalDate dueDate, Long ownerAccountId) {
        access.require(conventionId, SCHEDULERS);
        Deadline d = new Deadline(conventionId, DeadlineKind.ACTION_ITEM, title, dueDate, null, null);
        d.setOwnerAccountId(ownerAccountId);
        return deadlines.save(d).getId();
    }

    /** Closes an action item's deadline: done, or cancelled when the action is dropped (secretariat or owner). */
    public void closeAction(long deadlineId, boolean done) {
        Deadline d = deadlines.findById(deadlineId).orElseThrow(NotFoundException::new);
        Set<Role> roles = access.require(d.getConventionId(), Role.ANY_MEMBER);
        boolean owner = d.getOwnerAccountId() != null && d.getOwnerAccountId() == currentAccountId();
        if (d.getKind() != DeadlineKind.ACTION_ITEM || (!owner && roles.stream().noneMatch(SCHEDULERS::contains))) {
            throw new AccessRefusedException();
        }
        if (done) {
            d.markDone();
        } else {
            d.cancel();
        }
    }

    /** Marks a deadline done. */
    public void markDone(long deadlineId) {
        Deadline d = deadlines.findById(deadlineId).orElseThrow(NotFoundException::new);
        access.require(d.getConventionId(), MILESTONE_EDITORS);
        d.markDone();
    }

    private long currentAccountId() {
        return currentUser.require().accountId();
    }

    private static DeadlineItem view(Deadline d) {
        return new DeadlineItem(d.getId(), d.getConventionId(), d.getKind(), d.getTitle(), d.getDueDate(),
                d.getMeetingId(), d.getOwnerAccountId(), d.isDone(), d.isCancelled());
    }

    /** The date {@code months} months and {@code days} days before {@code meetingDay} (month ends clamp). */
    /** The name of a thematic group's committee. */
    static String groupCommitteeName(String groupName) {
        String name = "Groupe « " + groupName + " »";
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    public static LocalDate derive(LocalDate meetingDay, int months, int days) {
        return meetingDay.minusMonths(months).minusDays(days);
    }

    private List<Long> concerned(long conventionId) {
        return accounts.members(conventionId).stream()
                .filter(m -> m.has(Role.SECRETARIAT) || m.sitsIn(Committee.COMITE_PILOTAGE)
                        || m.sitsIn(Committee.COMITE_SUIVI))
                .map(MemberSummary::accountId).distinct().toList();
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id == null || id.isBlank() ? "Europe/Paris" : id.strip());
        } catch (DateTimeException e) {
            throw new BusinessRuleException("meeting.error.timeZone", id);
        }
    }

    private static ZonedDateTime[] times(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        if (start == null || end == null) {
            throw new BusinessRuleException("meeting.error.times");
        }
        if (!end.isAfter(start)) {
            throw new BusinessRuleException("meeting.error.endBeforeStart");
        }
        return new ZonedDateTime[] {start.atZone(zone), end.atZone(zone)};
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static CommitteeSummary view(CommitteeEntity c) {
        return new CommitteeSummary(c.getId(), c.getKind(), c.getName(), c.getSecretariat(), c.getChairAccountId(),
                c.getThematicGroupId());
    }

    private static MeetingDetails view(Meeting m, CommitteeEntity c) {
        ZoneId zone = ZoneId.of(m.getTimeZone());
        return new MeetingDetails(m.getId(), m.getConventionId(), view(c), m.getTitle(), m.getStartsAt().atZone(zone),
                m.getEndsAt().atZone(zone), m.getPlace(), m.getVideoLink(), m.getStatus());
    }

}
