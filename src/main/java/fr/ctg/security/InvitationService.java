package fr.ctg.security;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.SecretTokens;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.security.internal.Account;
import fr.ctg.security.internal.AccountRepository;
import fr.ctg.security.internal.CafAdministrator;
import fr.ctg.security.internal.CafAdministratorRepository;
import fr.ctg.security.internal.Invitation;
import fr.ctg.security.internal.InvitationRepository;
import fr.ctg.security.internal.LoginThrottle;
import fr.ctg.security.internal.Membership;
import fr.ctg.security.internal.MembershipRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every invitation of the portal, one mechanism: a convention's administrators invite members (roles, committee
 * seats, thematic groups), its staff invite partner contributors (the contribution feature ties them to their
 * organisation), the platform administrator invites a Caf's administrators. The e-mailed link is single-use, valid
 * {@link #VALIDITY}, revocable and can be sent again (with a new secret); accepting it creates an account with a
 * password of the person's choosing, or links the existing account with that address (its password proves it).
 */
@Service
@Transactional
public class InvitationService {

    public static final Duration VALIDITY = Duration.ofDays(14);
    static final Set<Role> PARTNER_INVITERS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATION_REFERENT);

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final CafAdministratorRepository cafAdministrators;
    private final ConventionAccessService access;
    private final ConventionDirectory directory;
    private final CurrentUser currentUser;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final SecondFactorService secondFactors;

    InvitationService(InvitationRepository invitations, AccountRepository accounts, MembershipRepository memberships,
                      CafAdministratorRepository cafAdministrators, ConventionAccessService access,
                      ConventionDirectory directory, CurrentUser currentUser, PasswordPolicy policy,
                      PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock,
                      LoginThrottle throttle, SecondFactorService secondFactors) {
        this.throttle = throttle;
        this.secondFactors = secondFactors;
        this.invitations = invitations;
        this.accounts = accounts;
        this.memberships = memberships;
        this.cafAdministrators = cafAdministrators;
        this.access = access;
        this.directory = directory;
        this.currentUser = currentUser;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** Whether an address and a name pass an invitation's checks (to invite many without one refusal undoing all). */
    public static boolean invitable(String email, String displayName) {
        try {
            AccountService.checkedEmail(email, false);
            AccountService.checkedDisplayName(displayName);
            return true;
        } catch (BusinessRuleException e) {
            return false;
        }
    }

    /** Invites a member into the convention (its administrators). */
    public InvitationRow invite(long conventionId, NewInvitation cmd) {
        access.requireAdmin(conventionId);
        String email = AccountService.checkedEmail(cmd.email(), false);
        String name = AccountService.checkedDisplayName(cmd.displayName());
        Set<Role> roles = cmd.roles() == null ? Set.of() : cmd.roles();
        if (roles.isEmpty()) {
            throw new BusinessRuleException("invitation.error.roles");
        }
        if (roles.contains(Role.ASSOCIATION)) {
            throw new BusinessRuleException("invitation.error.associationRole");
        }
        List<CommitteeSeat> seats = checkedSeats(cmd.seats());
        Set<Long> groups = checkedGroups(conventionId, cmd.thematicGroupIds());
        if (isMember(email, conventionId)) {
            throw new BusinessRuleException("invitation.error.alreadyMember", email);
        }
        refuseDisabled(email);
        if (pendingFor(email, conventionId, null).isPresent()) {
            throw new BusinessRuleException("invitation.error.pending", email);
        }
        Issued issued = issue(InvitationKind.MEMBER, conventionId, directory.cafOf(conventionId).orElse(null), email,
                name, cmd.language(), null);
        issued.invitation().grant(roles, seats, groups);
        return send(issued, JournalKind.INVITATION_SENT);
    }

    /**
     * Invites a partner's contributor (ASSOCIATION role; the staff who run contributions). The contribution feature
     * has checked the organisation; {@code organisationName} is shown in the e-mail and on the link's page.
     */
    public long invitePartner(long conventionId, String email, String organisationName, Locale language) {
        access.require(conventionId, PARTNER_INVITERS);
        String address = AccountService.checkedEmail(email, false);
        if (isMember(address, conventionId)) {
            throw new BusinessRuleException("invitation.error.alreadyMember", address);
        }
        refuseDisabled(address);
        if (pendingFor(address, conventionId, null).isPresent()) {
            throw new BusinessRuleException("invitation.error.pending", address);
        }
        Issued issued = issue(InvitationKind.PARTNER, conventionId, directory.cafOf(conventionId).orElse(null),
                address, null, language, organisationName);
        issued.invitation().grant(Set.of(Role.ASSOCIATION), List.of(), Set.of());
        return send(issued, JournalKind.INVITATION_SENT).id();
    }

    /** Invites a Caf's administrator (platform administrator). */
    public InvitationRow inviteCafAdministrator(long cafId, String displayName, String email, Locale language) {
        access.requirePlatformAdmin();
        if (directory.cafName(cafId).isEmpty()) {
            throw new NotFoundException();
        }
        String address = AccountService.checkedEmail(email, false);
        String name = AccountService.checkedDisplayName(displayName);
        boolean already = accountWithEmail(address).map(a -> cafAdministrators.existsByCafIdAndAccountId(cafId, a.getId()))
                .orElse(false);
        if (already) {
            throw new BusinessRuleException("invitation.error.alreadyCafAdmin", address);
        }
        refuseDisabled(address);
        if (pendingFor(address, null, cafId).isPresent()) {
            throw new BusinessRuleException("invitation.error.pending", address);
        }
        return send(issue(InvitationKind.CAF_ADMIN, null, cafId, address, name, language, null),
                JournalKind.INVITATION_SENT);
    }

    /** Sends an invitation again: a new secret (the old link stops working), a new validity period. */
    public InvitationRow resend(long invitationId) {
        Invitation i = manageable(invitationId);
        Instant now = clock.instant();
        if (i.getUsedAt() != null) {
            throw new BusinessRuleException("invitation.error.used");
        }
        if (i.getRevokedAt() != null) {
            throw new BusinessRuleException("invitation.error.revoked");
        }
        // Since it was sent (and perhaps expired) the person may have joined or been invited again.
        if (i.getKind() == InvitationKind.CAF_ADMIN) {
            if (accountWithEmail(i.getEmail()).map(a -> cafAdministrators.existsByCafIdAndAccountId(i.getCafId(),
                    a.getId())).orElse(false)) {
                throw new BusinessRuleException("invitation.error.alreadyCafAdmin", i.getEmail());
            }
        } else if (isMember(i.getEmail(), i.getConventionId())) {
            throw new BusinessRuleException("invitation.error.alreadyMember", i.getEmail());
        }
        refuseDisabled(i.getEmail());
        if (pendingFor(i.getEmail(), i.getConventionId(), i.getCafId(), i.getId()).isPresent()) {
            throw new BusinessRuleException("invitation.error.pending", i.getEmail());
        }
        String token = SecretTokens.newToken();
        i.renew(SecretTokens.sha256(token), now, now.plus(VALIDITY));
        return send(new Issued(i, token), JournalKind.INVITATION_RESENT);
    }

    /** Revokes a pending invitation: its link stops working at once. */
    public void revoke(long invitationId) {
        Invitation i = manageable(invitationId);
        if (i.getUsedAt() != null) {
            throw new BusinessRuleException("invitation.error.used");
        }
        if (i.getRevokedAt() == null) {
            i.revoke(clock.instant());
            events.publishEvent(JournalEvent.of(JournalKind.INVITATION_REVOKED).convention(i.getConventionId())
                    .caf(i.getCafId()).detail(i.getKind() + " " + i.getEmail()));
        }
    }

    /** The convention's member invitations, newest first (its administrators). */
    @Transactional(readOnly = true)
    public List<InvitationRow> invitations(long conventionId) {
        access.requireAdmin(conventionId);
        return invitations.findByConventionIdAndKindOrderByIdDesc(conventionId, InvitationKind.MEMBER).stream()
                .map(this::row).toList();
    }

    /** The convention's partner invitations, newest first (the staff who run contributions). */
    @Transactional(readOnly = true)
    public List<InvitationRow> partnerInvitations(long conventionId) {
        access.require(conventionId, PARTNER_INVITERS);
        return invitations.findByConventionIdAndKindOrderByIdDesc(conventionId, InvitationKind.PARTNER).stream()
                .map(this::row).toList();
    }

    /** The invitations to administer a Caf (platform administrator and the Caf's administrators). */
    @Transactional(readOnly = true)
    public List<InvitationRow> cafInvitations(long cafId) {
        access.requireCafAdmin(cafId);
        return invitations.findByCafIdAndKindOrderByIdDesc(cafId, InvitationKind.CAF_ADMIN).stream().map(this::row)
                .toList();
    }

    /** What a link offers (no login: the secret is the proof); an unusable link is refused with its reason. */
    @Transactional(readOnly = true)
    public InvitationDetails describe(String token) {
        Invitation i = usable(token);
        return new InvitationDetails(i.getKind(), i.getEmail(), i.getDisplayName(), target(i), i.getContextLabel(),
                i.getRoles(), i.getInvitedByName(), i.getExpiresAt(), AccountService.locale(i.getLanguage()),
                accountWithEmail(i.getEmail()).isPresent());
    }

    /** Accepts with a new account: its identifier is the invited address; returns that identifier. */
    public String acceptNew(String token, String displayName, String password, String again) {
        Invitation i = usable(token);
        if (accountWithEmail(i.getEmail()).isPresent()) {
            throw new BusinessRuleException("invitation.error.accountExists", i.getEmail());
        }
        String name = AccountService.checkedDisplayName(displayName);
        policy.check(password, again, i.getEmail());
        Account account = new Account(i.getEmail(), name, i.getEmail(), i.getContextLabel(), encoder.encode(password),
                false);
        account.setLanguage(i.getLanguage());
        account.setHomeCafId(i.getCafId());
        account.changePassword(account.getPasswordHash(), clock.instant());
        accounts.save(account);
        apply(i, account);
        return account.getUsername();
    }

    /** Accepts for the existing account with the invited address, whose password proves it; returns its identifier. */
    public String acceptExisting(String token, String password) {
        Invitation i = usable(token);
        Account account = accountWithEmail(i.getEmail()).filter(a -> a.isEnabled() && !a.isErased())
                .orElseThrow(() -> new BusinessRuleException("invitation.error.noAccount"));
        if (throttle.tryAttempt(account.getUsername(), null).isPresent()) {
            throw new BusinessRuleException("invitation.error.throttled");
        }
        if (password == null || !encoder.matches(password, account.getPasswordHash())) {
            throw new BusinessRuleException("invitation.error.wrongPassword");
        }
        if (!secondFactors.requiredFor(account.getId())) {
            // an administrator's count of attempts is cleared by a second factor only
            throttle.succeeded(account.getUsername(), null);
        }
        apply(i, account);
        return account.getUsername();
    }

    /**
     * Single sign-on of someone who has no account yet: when invitations to this (provider-verified) address are
     * pending, an account is created for it, without a usable password, and every one of them is accepted; returns
     * its identifier, or empty when nobody invited this address (nobody is created then).
     */
    public Optional<String> acceptPendingBySso(String email, String displayName) {
        Instant now = clock.instant();
        List<Invitation> pending = invitations.findByEmailIgnoreCase(email).stream().filter(i -> i.isPending(now))
                .filter(i -> email.equalsIgnoreCase(i.getEmail())).toList();
        if (pending.isEmpty() || accountWithEmail(email).isPresent()) {
            return Optional.empty();
        }
        Invitation first = pending.getFirst();
        String name = displayName == null || displayName.isBlank()
                ? (first.getDisplayName() == null || first.getDisplayName().isBlank() ? email : first.getDisplayName())
                : displayName.strip();
        Account account = new Account(first.getEmail(), name.length() > 200 ? name.substring(0, 200) : name,
                first.getEmail(), first.getContextLabel(),
                encoder.encode(SecretTokens.newToken()), false);
        account.setLanguage(first.getLanguage());
        account.setHomeCafId(first.getCafId());
        accounts.save(account);
        pending.forEach(i -> apply(i, account));
        return Optional.of(account.getUsername());
    }

    private void apply(Invitation i, Account account) {
        switch (i.getKind()) {
            case MEMBER, PARTNER -> {
                Membership m = memberships.findByAccountIdAndConventionId(account.getId(), i.getConventionId())
                        .orElseGet(() -> new Membership(account, i.getConventionId()));
                Set<Role> roles = EnumSet.noneOf(Role.class);
                roles.addAll(m.getRoles());
                roles.addAll(i.getRoles());
                List<CommitteeSeat> seats = new ArrayList<>(i.getSeats());
                seats.addAll(m.getSeats());
                Set<Long> groups = new LinkedHashSet<>(m.getGroupIds());
                groups.addAll(i.getGroupIds());
                m.set(roles, seats, groups);
                memberships.save(m);
                if (account.getHomeCafId() == null) {
                    account.setHomeCafId(i.getCafId());
                }
                events.publishEvent(JournalEvent.of(JournalKind.ROLES_GRANTED).convention(i.getConventionId())
                        .about(account.getId()).by(account.getId()).detail(RoleText.of(roles, seats)));
            }
            case CAF_ADMIN -> {
                cafAdministrators.save(new CafAdministrator(i.getCafId(), account.getId()));
                if (account.getHomeCafId() == null) {
                    account.setHomeCafId(i.getCafId());
                }
                events.publishEvent(JournalEvent.of(JournalKind.CAF_ADMIN_ADDED).caf(i.getCafId())
                        .about(account.getId()).by(account.getId()));
            }
        }
        i.use(clock.instant(), account.getId());
        events.publishEvent(new InvitationAccepted(i.getId(), i.getKind(), account.getId(), i.getConventionId(),
                i.getCafId(), i.getEmail(), account.getDisplayName(), i.getInvitedByAccountId(), target(i)));
        events.publishEvent(JournalEvent.of(JournalKind.INVITATION_ACCEPTED).convention(i.getConventionId())
                .caf(i.getCafId()).about(account.getId()).by(account.getId()).detail(i.getKind().name()));
    }

    private record Issued(Invitation invitation, String token) {
    }

    private Issued issue(InvitationKind kind, Long conventionId, Long cafId, String email, String displayName,
                         Locale language, String contextLabel) {
        CtgUser me = currentUser.require();
        Instant now = clock.instant();
        String token = SecretTokens.newToken();
        // Someone who already has an account reads the portal in the language they chose, whatever the inviter picked.
        String code = accounts.findByEmailIgnoreCase(email).stream().filter(a -> !a.isErased())
                .map(Account::getLanguage).filter(Objects::nonNull).findFirst()
                .orElse(AccountService.code(language));
        Invitation i = new Invitation(kind, conventionId, cafId, email, displayName, code,
                SecretTokens.sha256(token), now, now.plus(VALIDITY), me.accountId() == 0 ? null : me.accountId(),
                me.displayName(), contextLabel);
        return new Issued(invitations.save(i), token);
    }

    private InvitationRow send(Issued issued, JournalKind journal) {
        Invitation i = issued.invitation();
        events.publishEvent(new InvitationIssued(i.getId(), i.getKind(), i.getEmail(),
                AccountService.locale(i.getLanguage()), issued.token(), target(i), i.getContextLabel(), i.getRoles(),
                i.getInvitedByName(), i.getExpiresAt()));
        events.publishEvent(JournalEvent.of(journal).convention(i.getConventionId()).caf(i.getCafId())
                .detail(i.getKind() + " " + i.getEmail() + (i.getRoles().isEmpty() ? "" : " " + RoleText.of(i.getRoles(),
                        i.getSeats()))));
        return row(i);
    }

    /** An invitation the caller may resend or revoke. */
    private Invitation manageable(long invitationId) {
        Invitation i = invitations.findById(invitationId).orElseThrow(NotFoundException::new);
        switch (i.getKind()) {
            case MEMBER -> access.requireAdmin(i.getConventionId());
            case PARTNER -> access.require(i.getConventionId(), PARTNER_INVITERS);
            case CAF_ADMIN -> access.requirePlatformAdmin();
        }
        return i;
    }

    private Invitation usable(String token) {
        Invitation i = token == null || token.isBlank() ? null
                : invitations.findByTokenSha256(SecretTokens.sha256(token.strip())).orElse(null);
        if (i == null) {
            throw new BusinessRuleException("invitation.error.invalid");
        }
        if (i.getRevokedAt() != null) {
            throw new BusinessRuleException("invitation.error.revoked");
        }
        if (i.getUsedAt() != null) {
            throw new BusinessRuleException("invitation.error.used");
        }
        if (!i.getExpiresAt().isAfter(clock.instant())) {
            throw new BusinessRuleException("invitation.error.expired");
        }
        return i;
    }

    private List<CommitteeSeat> checkedSeats(List<CommitteeSeat> seats) {
        List<CommitteeSeat> checked = new ArrayList<>();
        Set<Committee> seen = EnumSet.noneOf(Committee.class);
        for (CommitteeSeat s : seats == null ? List.<CommitteeSeat>of() : seats) {
            if (s.committee() == Committee.THEMATIC_GROUP) {
                throw new BusinessRuleException("invitation.error.groupSeat");
            }
            if (!seen.add(s.committee())) {
                throw new BusinessRuleException("invitation.error.twoSeats");
            }
            checked.add(s);
        }
        return checked;
    }

    Set<Long> checkedGroups(long conventionId, Set<Long> groups) {
        Set<Long> wanted = groups == null ? Set.of() : groups;
        if (!directory.thematicGroupIds(conventionId).containsAll(wanted)) {
            throw new BusinessRuleException("invitation.error.group");
        }
        return wanted;
    }

    /** A disabled account could not accept: its administrators re-enable it first. */
    private void refuseDisabled(String email) {
        if (accountWithEmail(email).filter(a -> !a.isEnabled()).isPresent()) {
            throw new BusinessRuleException("invitation.error.accountDisabled", email);
        }
    }

    boolean isMember(String email, long conventionId) {
        return accountWithEmail(email).flatMap(a -> memberships.findByAccountIdAndConventionId(a.getId(), conventionId))
                .isPresent();
    }

    Optional<Invitation> pendingFor(String email, Long conventionId, Long cafId) {
        return pendingFor(email, conventionId, cafId, null);
    }

    /** A pending invitation to this address in the convention (or, without one, to the Caf), other than {@code except}. */
    private Optional<Invitation> pendingFor(String email, Long conventionId, Long cafId, Long except) {
        Instant now = clock.instant();
        return invitations.findByEmailIgnoreCase(email).stream()
                .filter(i -> i.isPending(now) && !i.getId().equals(except))
                .filter(i -> conventionId != null ? conventionId.equals(i.getConventionId())
                        : i.getKind() == InvitationKind.CAF_ADMIN && cafId.equals(i.getCafId()))
                .findFirst();
    }

    /** The account an invitation to this address is for: the one with this e-mail, or whose identifier it is. */
    Optional<Account> accountWithEmail(String email) {
        List<Account> byEmail = accounts.findByEmailIgnoreCase(email).stream().filter(a -> !a.isErased()).toList();
        if (!byEmail.isEmpty()) {
            return Optional.of(byEmail.getFirst());
        }
        return accounts.findByUsernameIgnoreCase(email).filter(a -> !a.isErased());
    }

    private String target(Invitation i) {
        return i.getConventionId() != null ? directory.conventionTitle(i.getConventionId()).orElse("")
                : directory.cafName(i.getCafId()).orElse("");
    }

    InvitationRow row(Invitation i) {
        Instant now = clock.instant();
        InvitationRow.Status status = i.getUsedAt() != null ? InvitationRow.Status.ACCEPTED
                : i.getRevokedAt() != null ? InvitationRow.Status.REVOKED
                : i.getExpiresAt().isAfter(now) ? InvitationRow.Status.PENDING : InvitationRow.Status.EXPIRED;
        return new InvitationRow(i.getId(), i.getKind(), i.getConventionId(), i.getCafId(), i.getEmail(),
                i.getDisplayName(), i.getRoles(), i.getSeats(), i.getGroupIds(), i.getSentAt(), i.getExpiresAt(),
                i.getUsedAt(), i.getRevokedAt(), i.getInvitedByName(), status);
    }
}
