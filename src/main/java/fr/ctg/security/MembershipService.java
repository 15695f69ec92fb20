package fr.ctg.security;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.csv.CsvTable;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.security.internal.Account;
import fr.ctg.security.internal.AccountRepository;
import fr.ctg.security.internal.Membership;
import fr.ctg.security.internal.MembershipRepository;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A convention's members as its administrators manage them: change roles, seats and groups, revoke a membership
 * (effective at the member's next action). A convention never loses its last administrator.
 */
@Service
@Transactional
public class MembershipService {

    private final MembershipRepository memberships;
    private final AccountRepository accounts;
    private final ConventionAccessService access;
    private final ConventionDirectory directory;
    private final InvitationService invitations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    MembershipService(MembershipRepository memberships, AccountRepository accounts,
                      ConventionAccessService access, ConventionDirectory directory, InvitationService invitations,
                      CurrentUser currentUser, ApplicationEventPublisher events) {
        this.directory = directory;
        this.memberships = memberships;
        this.accounts = accounts;
        this.access = access;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The members with their address and account state (the convention's administrators). */
    @Transactional(readOnly = true)
    public List<MemberRow> members(long conventionId) {
        access.requireAdmin(conventionId);
        return memberships.findByConventionIdWithAccount(conventionId).stream().map(MembershipService::row).toList();
    }

    /** The members as CSV for a spreadsheet (the convention's administrators; the export is journaled). */
    @Transactional
    public byte[] exportCsv(long conventionId, char separator, Function<String, String> label) {
        List<MemberRow> rows = members(conventionId);
        Map<Long, String> groups = directory.thematicGroups(conventionId);
        List<List<String>> lines = new ArrayList<>();
        for (MemberRow m : rows) {
            lines.add(List.of(m.displayName(), Objects.toString(m.email(), ""),
                    m.roles().stream().sorted().map(r -> label.apply(r.labelKey())).collect(Collectors.joining(", ")),
                    m.seats().stream().map(s -> label.apply(s.committee().labelKey())
                            + (s.seat() == Seat.CONSULTATIVE ? " (" + label.apply("seat.short.CONSULTATIVE") + ")" : ""))
                            .collect(Collectors.joining(", ")),
                    m.thematicGroupIds().stream().map(groups::get).filter(Objects::nonNull)
                            .collect(Collectors.joining(", ")),
                    Objects.toString(m.organisation(), ""), label.apply(m.enabled() ? "member.state.active"
                            : "member.state.disabled")));
        }
        events.publishEvent(JournalEvent.of(JournalKind.EXPORT).convention(conventionId).detail("members " + rows.size()));
        return CsvTable.write(separator, List.of(label.apply("bulk.col.name"),
                label.apply("bulk.col.email"), label.apply("bulk.col.role"), label.apply("bulk.col.committee"),
                label.apply("bulk.col.groups"), label.apply("account.organisation"), label.apply("member.col.state")),
                lines);
    }

    /** Replaces what a member holds in the convention; at least one role. */
    public MemberRow change(long conventionId, long accountId, MembershipChange change) {
        access.requireAdmin(conventionId);
        Membership m = memberships.findByAccountIdAndConventionId(accountId, conventionId)
                .orElseThrow(NotFoundException::new);
        Set<Role> roles = change.roles() == null ? Set.of() : change.roles();
        if (roles.isEmpty()) {
            throw new BusinessRuleException("invitation.error.roles");
        }
        boolean association = m.getRoles().contains(Role.ASSOCIATION);
        if (roles.contains(Role.ASSOCIATION) != association) {
            throw new BusinessRuleException("member.error.associationRole");
        }
        if (m.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdministrator(conventionId, accountId);
        }
        List<CommitteeSeat> seats = change.seats() == null ? List.of() : change.seats();
        if (seats.stream().anyMatch(s -> s.committee() == Committee.THEMATIC_GROUP)) {
            throw new BusinessRuleException("invitation.error.groupSeat");
        }
        if (seats.stream().map(CommitteeSeat::committee).distinct().count() != seats.size()) {
            throw new BusinessRuleException("invitation.error.twoSeats");
        }
        Set<Long> groups = invitations.checkedGroups(conventionId, change.thematicGroupIds());
        String before = RoleText.of(m.getRoles(), m.getSeats());
        m.set(EnumSet.copyOf(roles), seats, groups);
        events.publishEvent(JournalEvent.of(JournalKind.ROLES_CHANGED).convention(conventionId).about(accountId)
                .detail(before + " → " + RoleText.of(roles, seats)));
        return row(m);
    }

    /**
     * Makes a member of the convention, or the caller, one of its administrators (its administrators: the wizard
     * names its creator). Anyone else becomes a member through an invitation, never by id.
     */
    public void grantAdministrator(long conventionId, long accountId) {
        access.requireAdmin(conventionId);
        Account account = accounts.findById(accountId).filter(a -> !a.isErased()).orElseThrow(NotFoundException::new);
        boolean self = accountId == currentUser.require().accountId();
        Membership m = memberships.findByAccountIdAndConventionId(accountId, conventionId)
                .orElseGet(() -> {
                    if (!self) {
                        throw new NotFoundException();
                    }
                    return new Membership(account, conventionId);
                });
        m.add(Role.ADMIN, null);
        memberships.save(m);
        events.publishEvent(JournalEvent.of(JournalKind.ROLES_GRANTED).convention(conventionId).about(accountId)
                .detail(RoleText.of(m.getRoles(), m.getSeats())));
    }

    /** Ends a membership: the person reaches nothing of the convention from their next action on. */
    public void revoke(long conventionId, long accountId) {
        access.requireAdmin(conventionId);
        Membership m = memberships.findByAccountIdAndConventionId(accountId, conventionId)
                .orElseThrow(NotFoundException::new);
        if (m.getRoles().contains(Role.ADMIN)) {
            requireAnotherAdministrator(conventionId, accountId);
        }
        String held = RoleText.of(m.getRoles(), m.getSeats());
        memberships.delete(m);
        events.publishEvent(JournalEvent.of(JournalKind.MEMBERSHIP_REVOKED).convention(conventionId).about(accountId)
                .detail(held));
        events.publishEvent(new MembershipEnded(accountId, conventionId));
    }

    /** Whether removing ADMIN from this account would leave a convention of its without administrator. */
    void requireAnotherAdministrator(long conventionId, long accountId) {
        List<Long> admins = memberships.findAdministratorIds(conventionId);
        if (admins.stream().noneMatch(id -> id != accountId)) {
            throw new BusinessRuleException("member.error.lastAdmin");
        }
    }

    /** The conventions where this account is the last enabled administrator (it may then not be disabled). */
    List<Long> lastAdministratorOf(long accountId) {
        return memberships.findByAccountId(accountId).stream()
                .filter(m -> m.getRoles().contains(Role.ADMIN))
                .map(Membership::getConventionId)
                .filter(c -> memberships.findAdministratorIds(c).stream().noneMatch(id -> id != accountId))
                .toList();
    }

    /** The caller's id (for views that must not offer people to act on themselves). */
    public long me() {
        return currentUser.require().accountId();
    }

    static MemberRow row(Membership m) {
        var a = m.getAccount();
        return new MemberRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getOrganisation(),
                a.isEnabled(), a.getLastLoginAt(), m.getRoles(), m.getSeats(), m.getGroupIds());
    }
}
