package fr.ctg.security;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.SecretTokens;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.security.internal.Account;
import fr.ctg.security.internal.AccountRepository;
import fr.ctg.security.internal.CafAdministrator;
import fr.ctg.security.internal.CafAdministratorRepository;
import fr.ctg.security.internal.Membership;
import fr.ctg.security.internal.MembershipRepository;
import fr.ctg.security.internal.SecondFactorStore;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as administrators manage them: the platform administrator everyone, a Caf's administrators the Caf's
 * people (accounts of that Caf whose memberships are all in its conventions). Disable and re-enable an account
 * (it stops at its next request), list and remove a Caf's administrators, erase a person.
 */
@Service
@Transactional
public class AccountAdministrationService {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final CafAdministratorRepository cafAdministrators;
    private final MembershipService membershipService;
    private final ConventionAccessService access;
    private final ConventionDirectory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordEncoder encoder;

    private final SecondFactorStore secondFactors;

    AccountAdministrationService(AccountRepository accounts, MembershipRepository memberships,
                                 CafAdministratorRepository cafAdministrators, MembershipService membershipService,
                                 ConventionAccessService access, ConventionDirectory directory, CurrentUser currentUser,
                                 ApplicationEventPublisher events, Clock clock,
                                 PasswordEncoder encoder,
                                 SecondFactorStore secondFactors) {
        this.encoder = encoder;
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.memberships = memberships;
        this.cafAdministrators = cafAdministrators;
        this.membershipService = membershipService;
        this.access = access;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The Caf's people: its accounts and the members of its conventions (the Caf's administrators). */
    @Transactional(readOnly = true)
    public List<PersonRow> people(long cafId) {
        access.requireCafAdmin(cafId);
        Map<Long, Account> people = new LinkedHashMap<>();
        accounts.findByHomeCaf(cafId).forEach(a -> people.put(a.getId(), a));
        for (Long conventionId : directory.conventionIdsOf(cafId)) {
            memberships.findByConventionIdWithAccount(conventionId).forEach(m -> people.putIfAbsent(
                    m.getAccount().getId(), m.getAccount()));
        }
        return people.values().stream().filter(a -> !a.isErased())
                .sorted(Comparator.comparing(Account::getDisplayName, String.CASE_INSENSITIVE_ORDER))
                .map(this::row).toList();
    }

    /** Every platform administrator (platform administrator). */
    @Transactional(readOnly = true)
    public List<PersonRow> platformAdministrators() {
        access.requirePlatformAdmin();
        return accounts.findPlatformAdmins().stream().map(this::row).toList();
    }

    /** A Caf's administrators (platform administrator and the Caf's administrators). */
    @Transactional(readOnly = true)
    public List<PersonRow> cafAdministrators(long cafId) {
        access.requireCafAdmin(cafId);
        return cafAdministrators.findByCafId(cafId).stream().map(CafAdministrator::getAccountId)
                .map(accounts::findById).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Account::getDisplayName, String.CASE_INSENSITIVE_ORDER))
                .map(this::row).toList();
    }

    /** Names an existing account administrator of a Caf (platform administrator: demo, support). */
    public void addCafAdministrator(long cafId, long accountId) {
        access.requirePlatformAdmin();
        if (directory.cafName(cafId).isEmpty()) {
            throw new NotFoundException();
        }
        Account a = accounts.findById(accountId).filter(x -> !x.isErased()).orElseThrow(NotFoundException::new);
        if (!cafAdministrators.existsByCafIdAndAccountId(cafId, accountId)) {
            cafAdministrators.save(new CafAdministrator(cafId, accountId));
            if (a.getHomeCafId() == null) {
                a.setHomeCafId(cafId);
            }
            events.publishEvent(JournalEvent.of(JournalKind.CAF_ADMIN_ADDED).caf(cafId).about(accountId));
        }
    }

    /** Removes a Caf's administrator (platform administrator); the account itself stays. */
    public void removeCafAdministrator(long cafId, long accountId) {
        access.requirePlatformAdmin();
        CafAdministrator.Key key = new CafAdministrator.Key(cafId, accountId);
        if (!cafAdministrators.existsById(key)) {
            throw new NotFoundException();
        }
        cafAdministrators.deleteById(key);
        events.publishEvent(JournalEvent.of(JournalKind.CAF_ADMIN_REMOVED).caf(cafId).about(accountId));
        events.publishEvent(new MembershipEnded(accountId, null));
    }

    /** Whether the caller may disable, enable or erase this account (the members page shows the buttons then). */
    @Transactional(readOnly = true)
    public boolean manages(long accountId) {
        try {
            manageable(accountId);
            return accountId != currentUser.require().accountId();
        } catch (NotFoundException | AccessRefusedException e) {
            return false;
        }
    }

    /** Disables an account: it can no longer log in, its sessions end at their next request. */
    public void disable(long accountId) {
        Account a = manageable(accountId);
        if (a.getId() == currentUser.require().accountId()) {
            throw new BusinessRuleException("account.error.disableSelf");
        }
        List<Long> last = membershipService.lastAdministratorOf(accountId);
        if (!last.isEmpty()) {
            throw new BusinessRuleException("member.error.lastAdminAccount",
                    directory.conventionTitle(last.getFirst()).orElse("?"));
        }
        if (a.isEnabled()) {
            a.disable();
            events.publishEvent(JournalEvent.of(JournalKind.ACCOUNT_DISABLED).caf(a.getHomeCafId()).about(accountId));
            events.publishEvent(new MembershipEnded(accountId, null));
        }
    }

    public void enable(long accountId) {
        Account a = manageable(accountId);
        if (!a.isEnabled()) {
            a.enable();
            events.publishEvent(JournalEvent.of(JournalKind.ACCOUNT_ENABLED).caf(a.getHomeCafId()).about(accountId));
        }
    }

    /**
     * Forgets a person's authenticator app and recovery codes (a lost phone): their next password login enrols a new
     * app. For whoever may disable the account; not for oneself (one's own codes are renewed in "my account").
     */
    public void resetSecondFactor(long accountId) {
        Account a = manageable(accountId);
        if (a.getId() == currentUser.require().accountId()) {
            throw new BusinessRuleException("account.error.resetSelf");
        }
        if (secondFactors.secretOf(accountId).isPresent()) {
            secondFactors.forget(accountId);
            events.publishEvent(JournalEvent.of(JournalKind.SECOND_FACTOR_RESET).caf(a.getHomeCafId()).about(accountId));
        }
    }

    /**
     * Erases a person: their memberships and personal data go, their name in history, comments and minutes becomes
     * "Personne supprimée n°N" (every feature does its part on {@link PersonErased}); the account row stays as a
     * tombstone. Returns the pseudonym.
     */
    public String erase(long accountId) {
        Account a = manageable(accountId);
        if (a.getId() == currentUser.require().accountId()) {
            throw new BusinessRuleException("account.error.eraseSelf");
        }
        List<Long> last = membershipService.lastAdministratorOf(accountId);
        if (!last.isEmpty()) {
            throw new BusinessRuleException("member.error.lastAdminAccount",
                    directory.conventionTitle(last.getFirst()).orElse("?"));
        }
        String pseudonym = "Personne supprimée n°" + a.getId();
        Long caf = a.getHomeCafId();
        String formerUsername = a.getUsername();
        String formerName = a.getDisplayName();
        Set<Long> reached = new HashSet<>(memberships.findConventionIdsByAccountId(accountId));
        cafAdministrators.findCafIdsByAccountId(accountId).forEach(c -> reached.addAll(directory.conventionIdsOf(c)));
        memberships.deleteByAccountId(accountId);
        cafAdministrators.deleteByAccountId(accountId);
        secondFactors.forget(accountId);
        a.erase(pseudonym, clock.instant(), encoder.encode(SecretTokens.newToken()));
        accounts.flush();
        events.publishEvent(new PersonErased(accountId, formerUsername, formerName, pseudonym, reached));
        events.publishEvent(JournalEvent.of(JournalKind.PERSON_ERASED).caf(caf).about(accountId));
        events.publishEvent(new MembershipEnded(accountId, null));
        return pseudonym;
    }

    /** An account the caller may manage: anyone for the platform administrator, the Caf's people for its administrators. */
    private Account manageable(long accountId) {
        Account a = accounts.findById(accountId).filter(x -> !x.isErased()).orElseThrow(NotFoundException::new);
        if (access.isPlatformAdmin()) {
            return a;
        }
        if (a.isPlatformAdmin()) {
            throw new AccessRefusedException();
        }
        Set<Long> mine = Set.copyOf(access.administeredCafIds());
        Set<Long> theirs = memberships.findByAccountId(accountId).stream().map(Membership::getConventionId)
                .map(directory::cafOf).flatMap(Optional::stream)
                .collect(Collectors.toCollection(HashSet::new));
        boolean ofMyCaf = (a.getHomeCafId() != null && mine.contains(a.getHomeCafId()))
                || (!theirs.isEmpty() && mine.containsAll(theirs));
        if (!ofMyCaf) {
            throw new NotFoundException();
        }
        // A person also belongs to the Cafs they administer and to their home Caf: all must be the caller's.
        theirs.addAll(cafAdministrators.findCafIdsByAccountId(accountId));
        if (a.getHomeCafId() != null) {
            theirs.add(a.getHomeCafId());
        }
        if (!mine.containsAll(theirs)) {
            throw new AccessRefusedException();
        }
        return a;
    }

    private PersonRow row(Account a) {
        return new PersonRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getOrganisation(),
                a.isEnabled(), a.isPlatformAdmin(), a.getLastLoginAt(),
                memberships.findConventionIdsByAccountId(a.getId()).size());
    }
}
