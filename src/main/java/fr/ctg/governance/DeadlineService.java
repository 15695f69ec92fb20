package fr.ctg.governance;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionService;
import fr.ctg.governance.internal.CommitteeEntity;
import fr.ctg.governance.internal.CommitteeRepository;
import fr.ctg.governance.internal.Deadline;
import fr.ctg.governance.internal.DeadlineRepository;
import fr.ctg.governance.internal.MeetingRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar of a convention: its meetings and deadlines (derived from a COPIL, milestones, actions, the
 * convention’s own end and notice dates), what is due soon, and the action items decided in meetings.
 */
@Service
@Transactional
public class DeadlineService {

    private final CommitteeRepository committees;
    private final MeetingRepository meetings;
    private final DeadlineRepository deadlines;
    private final ConventionAccessService access;
    private final ConventionService conventions;
    private final CurrentUser currentUser;

    DeadlineService(CommitteeRepository committees, MeetingRepository meetings, DeadlineRepository deadlines,
                    ConventionAccessService access, ConventionService conventions, CurrentUser currentUser) {
        this.committees = committees;
        this.meetings = meetings;
        this.deadlines = deadlines;
        this.access = access;
        this.conventions = conventions;
        this.currentUser = currentUser;
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
                .map(m -> GovernanceRows.meeting(m, byId.get(m.getCommitteeId()))).toList();
        List<DeadlineItem> ds = new ArrayList<>(deadlines.findByConventionIdAndDueDateBetweenOrderByDueDate(
                conventionId, from, to).stream().map(GovernanceRows::deadline).toList());
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
                today.plusDays(days + 1L)).stream().map(GovernanceRows::deadline).toList();
    }

    /**
     * Puts an action item decided in a meeting in the calendar (and the owner's iCal feed) as a deadline
     * of kind {@link DeadlineKind#ACTION_ITEM}; returns the deadline's id.
     */
    public long trackAction(long conventionId, String title, LocalDate dueDate, Long ownerAccountId) {
        access.require(conventionId, MeetingService.SCHEDULERS);
        Deadline d = new Deadline(conventionId, DeadlineKind.ACTION_ITEM, title, dueDate, null, null);
        d.setOwnerAccountId(ownerAccountId);
        return deadlines.save(d).getId();
    }

    /** Closes an action item's deadline: done, or cancelled when the action is dropped (secretariat or owner). */
    public void closeAction(long deadlineId, boolean done) {
        Deadline d = deadlines.findById(deadlineId).orElseThrow(NotFoundException::new);
        Set<Role> roles = access.require(d.getConventionId(), Role.ANY_MEMBER);
        boolean owner = d.getOwnerAccountId() != null && d.getOwnerAccountId() == currentUser.require().accountId();
        if (d.getKind() != DeadlineKind.ACTION_ITEM || (!owner && roles.stream().noneMatch(MeetingService.SCHEDULERS::contains))) {
            throw new AccessRefusedException();
        }
        if (done) {
            d.markDone();
        } else {
            d.cancel();
        }
    }

    /** The date {@code months} months and {@code days} days before {@code meetingDay} (month ends clamp). */
    public static LocalDate derive(LocalDate meetingDay, int months, int days) {
        return meetingDay.minusMonths(months).minusDays(days);
    }
}
