package fr.ctg.governance;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.governance.internal.Attendance;
import fr.ctg.governance.internal.AttendanceRepository;
import fr.ctg.governance.internal.CommitteeEntity;
import fr.ctg.governance.internal.CommitteeRepository;
import fr.ctg.governance.internal.Deadline;
import fr.ctg.governance.internal.DeadlineRepository;
import fr.ctg.governance.internal.Meeting;
import fr.ctg.governance.internal.MeetingRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.MemberSummary;
import fr.ctg.security.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A meeting's life after scheduling: convocation, attendance, held or cancelled. */
@Service
@Transactional
public class MeetingService {

    private final MeetingRepository meetings;
    private final CommitteeRepository committees;
    private final AttendanceRepository attendance;
    private final DeadlineRepository deadlines;
    private final ConventionAccessService access;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;

    MeetingService(MeetingRepository meetings, CommitteeRepository committees, AttendanceRepository attendance,
                   ConventionAccessService access, AccountService accounts, ApplicationEventPublisher events,
                   DeadlineRepository deadlines) {
        this.deadlines = deadlines;
        this.meetings = meetings;
        this.committees = committees;
        this.attendance = attendance;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
    }

    /** Convenes a planned meeting: its committee's members and the secretariat are told. */
    public void convene(long meetingId) {
        Meeting m = scheduled(meetingId);
        if (m.getStatus() != MeetingStatus.PLANNED) {
            throw new BusinessRuleException("meeting.error.notPlanned");
        }
        m.setStatus(MeetingStatus.CONVENED);
        CommitteeEntity committee = committees.findById(m.getCommitteeId()).orElseThrow();
        CommitteeSummary view = new CommitteeSummary(committee.getId(), committee.getKind(), committee.getName(),
                committee.getSecretariat(), committee.getChairAccountId(), committee.getThematicGroupId());
        List<Long> recipients = accounts.members(m.getConventionId()).stream()
                .filter(x -> view.includes(x) || x.has(Role.SECRETARIAT))
                .map(MemberSummary::accountId).distinct().toList();
        LocalDate day = m.getStartsAt().atZone(ZoneId.of(m.getTimeZone())).toLocalDate();
        String when = Formats.date(day, Locale.FRENCH);
        events.publishEvent(new MeetingConvened(m.getConventionId(), meetingId, m.getTitle(), when, day, recipients));
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
    }

    /** Cancels a meeting that has not been held; the deadlines derived from it are cancelled too. */
    public void cancel(long meetingId) {
        Meeting m = scheduled(meetingId);
        if (m.getStatus() == MeetingStatus.HELD) {
            throw new BusinessRuleException("meeting.error.alreadyHeld");
        }
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
        access.require(m.getConventionId(), GovernanceService.SCHEDULERS);
        return m;
    }
}
