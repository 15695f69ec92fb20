package fr.ctg.minutes;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.governance.AttendanceStatus;
import fr.ctg.governance.CommitteeSummary;
import fr.ctg.governance.CommitteeService;
import fr.ctg.governance.MeetingService;
import fr.ctg.minutes.internal.Minutes;
import fr.ctg.minutes.internal.MinutesAttendee;
import fr.ctg.minutes.internal.MinutesRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.MemberSummary;
import fr.ctg.security.Role;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may do what with minutes. Drafting, circulating and publishing: the secretariat (and administrators).
 * Remarks: the attendees (present or represented) and the chair while the draft is circulated. Approval:
 * the committee's chair. Reading published minutes: their audience. Anyone else does not learn the minutes
 * exist ({@link NotFoundException}).
 */
@Component
class MinutesGate {

    private final MinutesRepository minutes;
    private final ConventionAccessService access;
    private final CurrentUser currentUser;
    private final CommitteeService committeeService;
    private final AccountService accounts;

    MinutesGate(MinutesRepository minutes, ConventionAccessService access, CurrentUser currentUser,
                CommitteeService committeeService, AccountService accounts) {
        this.minutes = minutes;
        this.access = access;
        this.currentUser = currentUser;
        this.committeeService = committeeService;
        this.accounts = accounts;
    }

    long me() {
        return currentUser.require().accountId();
    }

    String myName() {
        return currentUser.require().displayName();
    }

    Minutes load(long minutesId) {
        return minutes.findById(minutesId).orElseThrow(NotFoundException::new);
    }

    /** Loads minutes the caller may read, or says they do not exist. */
    Minutes readable(long minutesId) {
        Minutes m = load(minutesId);
        if (!canRead(m, access.rolesIn(m.getConventionId()))) {
            throw new NotFoundException();
        }
        return m;
    }

    /** Loads minutes for the secretariat; other readers are refused, strangers get not-found. */
    Minutes forSecretariat(long minutesId) {
        Minutes m = readable(minutesId);
        if (!isSecretariat(m.getConventionId())) {
            throw new AccessRefusedException();
        }
        return m;
    }

    /** Loads minutes whose text may still change, for the secretariat. */
    Minutes editable(long minutesId) {
        Minutes m = forSecretariat(minutesId);
        if (!m.getStatus().editable()) {
            throw new BusinessRuleException("minutes.error.frozen");
        }
        return m;
    }

    boolean isSecretariat(long conventionId) {
        return access.rolesIn(conventionId).stream().anyMatch(MeetingService.SCHEDULERS::contains);
    }

    boolean canRead(Minutes m, Set<Role> roles) {
        if (roles.isEmpty()) {
            return false;
        }
        if (roles.stream().anyMatch(MeetingService.SCHEDULERS::contains)) {
            return true;
        }
        boolean reader = roles.stream().anyMatch(Role.CONVENTION_READERS::contains);
        return switch (m.getStatus()) {
            case DRAFT -> false;
            case IN_REVIEW, APPROVED -> reader && (isReviewer(m, me()) || isChair(m));
            case PUBLISHED -> (m.isIncludeAssociations() && roles.contains(Role.ASSOCIATION))
                    || (reader && (m.getAudience() == Audience.CONVENTION || isReviewer(m, me()) || isChair(m)
                    || sitsIn(m)));
        };
    }

    /** Attendees who review the draft: those present (in the room or remotely) or represented. */
    static List<MinutesAttendee> reviewers(Minutes m) {
        return m.getAttendees().stream()
                .filter(a -> a.getStatus() == AttendanceStatus.PRESENT || a.getStatus() == AttendanceStatus.REMOTE
                        || a.getStatus() == AttendanceStatus.REPRESENTED)
                .toList();
    }

    static boolean isReviewer(Minutes m, long accountId) {
        return reviewers(m).stream().anyMatch(a -> a.getAccountId() == accountId);
    }

    /** Whether the caller chairs the minutes' committee (only members who read the convention can). */
    boolean isChair(Minutes m) {
        if (access.rolesIn(m.getConventionId()).stream().noneMatch(Role.CONVENTION_READERS::contains)) {
            return false;
        }
        Long chair = committee(m).chairAccountId();
        return chair != null && chair == me();
    }

    CommitteeSummary committee(Minutes m) {
        return committeeService.committees(m.getConventionId()).stream().filter(c -> c.id() == m.getCommitteeId())
                .findFirst().orElseThrow(NotFoundException::new);
    }

    /** Whether the caller sits in the minutes' committee. */
    private boolean sitsIn(Minutes m) {
        var committee = committee(m);
        long me = me();
        return accounts.members(m.getConventionId()).stream().anyMatch(x -> x.accountId() == me && committee.includes(x));
    }

    /** Who reads the minutes now, at their present stage (as {@link #canRead} would say for each of them). */
    Set<Long> readers(Minutes m) {
        if (m.getStatus() == MinutesStatus.PUBLISHED) {
            return Set.copyOf(audience(m, m.getAudience(), m.isIncludeAssociations()));
        }
        Long chair = committee(m).chairAccountId();
        boolean review = m.getStatus() != MinutesStatus.DRAFT;
        return accounts.members(m.getConventionId()).stream()
                .filter(x -> x.roles().stream().anyMatch(MeetingService.SCHEDULERS::contains)
                        || (review && x.roles().stream().anyMatch(Role.CONVENTION_READERS::contains)
                        && (isReviewer(m, x.accountId()) || (chair != null && chair == x.accountId()))))
                .map(MemberSummary::accountId).collect(Collectors.toSet());
    }

    /** Who reads the minutes once published with this audience. */
    List<Long> audience(Minutes m, Audience audience, boolean includeAssociations) {
        var committee = committee(m);
        Long chair = committee.chairAccountId();
        return accounts.members(m.getConventionId()).stream()
                .filter(x -> x.has(Role.ADMIN) || x.has(Role.SECRETARIAT)
                        || (x.has(Role.ASSOCIATION) && includeAssociations)
                        || (x.roles().stream().anyMatch(r -> r != Role.ASSOCIATION)
                        && (audience == Audience.CONVENTION || committee.includes(x) || isReviewer(m, x.accountId())
                        || (chair != null && chair == x.accountId()))))
                .map(MemberSummary::accountId).distinct().toList();
    }
}
