package fr.ctg.governance;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.SecretTokens;
import fr.ctg.base.i18n.Formats;
import fr.ctg.governance.internal.Attendance;
import fr.ctg.governance.internal.AttendanceRepository;
import fr.ctg.governance.internal.CommitteeEntity;
import fr.ctg.governance.internal.CommitteeRepository;
import fr.ctg.governance.internal.Convocation;
import fr.ctg.governance.internal.ConvocationRepository;
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
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A meeting's whole life: scheduled (a COPIL gets its derived deadlines), moved, convened, attendance, held or cancelled. */
@Service
@Transactional
public class MeetingService {

    /** Who schedules meetings: the secretariat (and administrators). */
    public static final Set<Role> SCHEDULERS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT);

    private final MeetingRepository meetings;
    private final CommitteeRepository committees;
    private final AttendanceRepository attendance;
    private final DeadlineRepository deadlines;
    private final ConventionAccessService access;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final DeadlineRuleRepository rules;
    private final CurrentUser currentUser;
    private final ConvocationRepository convocations;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, CommitteeRepository committees, AttendanceRepository attendance,
                   ConventionAccessService access, AccountService accounts, ApplicationEventPublisher events,
                   DeadlineRepository deadlines, DeadlineRuleRepository rules, CurrentUser currentUser,
                   ConvocationRepository convocations, Clock clock) {
        this.convocations = convocations;
        this.clock = clock;
        this.rules = rules;
        this.currentUser = currentUser;
        this.deadlines = deadlines;
        this.meetings = meetings;
        this.committees = committees;
        this.attendance = attendance;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
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
                times[1].toInstant(), zone.getId(), blank(m.place()), videoLink(m.videoLink())));
        for (DeadlineRule rule : rules.findByConventionIdAndTrigger(conventionId, committee.getKind())) {
            deadlines.save(new Deadline(conventionId, rule.getKind(), title,
                    DeadlineService.derive(times[0].toLocalDate(), rule.getOffsetMonths(), rule.getOffsetDays()), meeting.getId(),
                    rule.getId()));
        }
        return GovernanceRows.meeting(meeting, committee);
    }

    /** Moves a meeting; its derived deadlines move with it and the people concerned are told. */
    public MeetingDetails move(long meetingId, LocalDateTime start, LocalDateTime end, String timeZone) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        access.require(meeting.getConventionId(), SCHEDULERS);
        ZoneId zone = zone(timeZone);
        ZonedDateTime[] times = times(start, end, zone);
        boolean unchanged = meeting.getStartsAt().equals(times[0].toInstant())
                && meeting.getEndsAt().equals(times[1].toInstant()) && meeting.getTimeZone().equals(zone.getId());
        if (unchanged) {
            return GovernanceRows.meeting(meeting, committees.findById(meeting.getCommitteeId()).orElseThrow());
        }
        meeting.move(times[0].toInstant(), times[1].toInstant(), zone.getId());
        mailConvened(meeting, ConvocationMailing.Kind.MOVED);
        List<Deadline> derived = deadlines.findByMeetingId(meetingId);
        Map<Long, DeadlineRule> byId = rules.findAllById(derived.stream().map(Deadline::getRuleId)
                        .filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(DeadlineRule::getId, Function.identity()));
        for (Deadline d : derived) {
            DeadlineRule rule = d.getRuleId() == null ? null : byId.get(d.getRuleId());
            if (rule != null) {
                d.moveTo(DeadlineService.derive(times[0].toLocalDate(), rule.getOffsetMonths(), rule.getOffsetDays()));
            }
        }
        if (!derived.isEmpty()) {
            events.publishEvent(new DeadlinesMoved(meeting.getConventionId(), meetingId, meeting.getTitle(),
                    concerned(meeting.getConventionId()), currentUser.require().accountId(),
                    currentUser.require().displayName()));
        }
        return GovernanceRows.meeting(meeting, committees.findById(meeting.getCommitteeId()).orElseThrow());
    }

    /** One meeting of a convention the caller reads. */
    @Transactional(readOnly = true)
    public MeetingDetails meeting(long meetingId) {
        Meeting m = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        access.require(m.getConventionId(), Role.CONVENTION_READERS);
        return GovernanceRows.meeting(m, committees.findById(m.getCommitteeId()).orElseThrow());
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

    /** A video link is an absolute http(s) address (it becomes a link in e-mails and on the anonymous answer page). */
    private static String videoLink(String link) {
        String s = blank(link);
        if (s == null) {
            return null;
        }
        try {
            URI uri = new URI(s);
            if (s.length() > 500 || uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                throw new BusinessRuleException("meeting.error.videoLink");
            }
            return s;
        } catch (URISyntaxException e) {
            throw new BusinessRuleException("meeting.error.videoLink");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Convenes a planned meeting: its committee's members and the secretariat are told. */
    public void convene(long meetingId) {
        Meeting m = scheduled(meetingId);
        if (m.getStatus() != MeetingStatus.PLANNED) {
            throw new BusinessRuleException("meeting.error.notPlanned");
        }
        m.setStatus(MeetingStatus.CONVENED);
        CommitteeEntity committee = committees.findById(m.getCommitteeId()).orElseThrow();
        CommitteeSummary view = GovernanceRows.committee(committee);
        List<Long> recipients = accounts.members(m.getConventionId()).stream()
                .filter(x -> view.includes(x) || x.has(Role.SECRETARIAT))
                .map(MemberSummary::accountId).distinct().toList();
        LocalDate day = m.getStartsAt().atZone(ZoneId.of(m.getTimeZone())).toLocalDate();
        String when = Formats.date(day, Locale.FRENCH);
        events.publishEvent(new MeetingConvened(m.getConventionId(), meetingId, m.getTitle(), when, day, recipients,
                currentUser.require().accountId(), currentUser.require().displayName()));
        for (Long accountId : recipients) {
            // a placeholder secret nobody knows until the e-mail gives the person their own
            convocations.save(new Convocation(meetingId, accountId, SecretTokens.sha256(SecretTokens.newToken()),
                    clock.instant()));
        }
        events.publishEvent(new ConvocationMailing(m.getConventionId(), meetingId, ConvocationMailing.Kind.CONVENED,
                m.getIcsSequence(), recipients));
    }

    /** Records a member's attendance; a representative must be another member of the convention. */
    public void recordAttendance(long meetingId, long accountId, AttendanceStatus status, Long proxyAccountId) {
        Meeting m = scheduled(meetingId);
        if (m.getStatus() == MeetingStatus.CANCELLED) {
            throw new BusinessRuleException("meeting.error.cancelled");
        }
        Map<Long, MemberSummary> members = accounts.members(m.getConventionId()).stream()
                .collect(Collectors.toMap(MemberSummary::accountId, x -> x, (a, b) -> a));
        if (!members.containsKey(accountId)) {
            throw new BusinessRuleException("meeting.error.attendee");
        }
        if (status == null) {
            throw new BusinessRuleException("meeting.error.attendanceStatus");
        }
        if (status == AttendanceStatus.REPRESENTED
                && (proxyAccountId == null || proxyAccountId == accountId || !members.containsKey(proxyAccountId))) {
            throw new BusinessRuleException("meeting.error.proxy");
        }
        Long proxy = status == AttendanceStatus.REPRESENTED ? proxyAccountId : null;
        attendance.findByMeetingIdAndAccountId(meetingId, accountId).ifPresentOrElse(a -> a.record(status, proxy), () -> {
            Attendance a = new Attendance(meetingId, accountId);
            a.record(status, proxy);
            attendance.save(a);
        });
    }

    /** Marks the meeting held (after it took place). */
    public void markHeld(long meetingId) {
        Meeting m = scheduled(meetingId);
        if (m.getStatus() == MeetingStatus.CANCELLED) {
            throw new BusinessRuleException("meeting.error.cancelled");
        }
        m.setStatus(MeetingStatus.HELD);
        QuorumSummary q = Quorum.of(m, committees.findById(m.getCommitteeId()).orElseThrow(),
                accounts.members(m.getConventionId()), attendance.findByMeetingIdOrderById(meetingId));
        m.recordQuorum(q.required() ? q.needed() : null, q.expected(), q.required() ? q.reached() : null);
    }

    /** A convened meeting moved or cancelled: the people convened get the update (their calendars too). */
    private void mailConvened(Meeting m, ConvocationMailing.Kind kind) {
        if (m.getStatus() != MeetingStatus.CONVENED) {
            return;
        }
        List<Long> convened = convocations.findByMeetingIdOrderById(m.getId()).stream()
                .map(Convocation::getAccountId).toList();
        events.publishEvent(new ConvocationMailing(m.getConventionId(), m.getId(), kind, m.nextSequence(), convened));
        events.publishEvent(new MeetingChanged(m.getConventionId(), m.getId(), m.getTitle(),
                Formats.date(m.getStartsAt().atZone(ZoneId.of(m.getTimeZone())).toLocalDate(), Locale.FRENCH),
                kind == ConvocationMailing.Kind.CANCELLED, convened, currentUser.require().accountId(),
                currentUser.require().displayName()));
    }

    /** Cancels a meeting that has not been held; the deadlines derived from it are cancelled too. */
    public void cancel(long meetingId) {
        Meeting m = scheduled(meetingId);
        if (m.getStatus() == MeetingStatus.HELD) {
            throw new BusinessRuleException("meeting.error.alreadyHeld");
        }
        mailConvened(m, ConvocationMailing.Kind.CANCELLED);
        m.setStatus(MeetingStatus.CANCELLED);
        deadlines.findByMeetingId(meetingId).forEach(Deadline::cancel);
    }

    @Transactional(readOnly = true)
    public List<AttendanceRow> attendance(long meetingId) {
        Meeting m = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        access.require(m.getConventionId(), Role.CONVENTION_READERS);
        Map<Long, String> names = accounts.members(m.getConventionId()).stream()
                .collect(Collectors.toMap(MemberSummary::accountId, MemberSummary::displayName, (a, b) -> a));
        return attendance.findByMeetingIdOrderById(meetingId).stream()
                .map(a -> new AttendanceRow(a.getAccountId(), names.getOrDefault(a.getAccountId(), "?"), a.getStatus(),
                        a.getProxyAccountId())).toList();
    }

    private Meeting scheduled(long meetingId) {
        Meeting m = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        access.require(m.getConventionId(), SCHEDULERS);
        return m;
    }
}
