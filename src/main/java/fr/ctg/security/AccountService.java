package fr.ctg.security;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.security.internal.Account;
import fr.ctg.security.internal.AccountRepository;
import fr.ctg.security.internal.Membership;
import fr.ctg.security.internal.MembershipRepository;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and memberships: provisioning by the platform (the demo loader, invitations once accepted), the members
 * of a convention as others see them, and a person's own account (name, e-mail, language, password).
 */
@Service
@Transactional
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{1,99}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    static final int MAX_EMAIL = 100;

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final ConventionAccessService access;
    private final ConventionDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean demo;
    private final String demoPassword;

    AccountService(AccountRepository accounts, MembershipRepository memberships, PasswordEncoder passwordEncoder,
                   PasswordPolicy policy, CurrentUser currentUser, ConventionAccessService access,
                   ConventionDirectory directory, ApplicationEventPublisher events, Clock clock,
                   @Value("${ctg.demo.enabled:false}") boolean demo,
                   @Value("${ctg.demo.password:}") String demoPassword) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.currentUser = currentUser;
        this.access = access;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    /**
     * Creates an account (platform administrator and the platform itself); the password follows the policy (the
     * demo loader alone may give the published demo password, and only while the demo is on).
     */
    public long createAccount(String username, String displayName, String email, String organisation,
                              String rawPassword, boolean platformAdmin) {
        access.requirePlatformAdmin();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new BusinessRuleException("account.error.username");
        }
        String display = checkedDisplayName(displayName);
        String mail = checkedEmail(email, true);
        boolean demoAccount = demo && !demoPassword.isEmpty() && demoPassword.equals(rawPassword);
        if (!demoAccount) {
            policy.checkOne(rawPassword, name, mail);
        }
        if (accounts.findByUsernameIgnoreCase(name).isPresent()) {
            throw new BusinessRuleException("account.error.usernameTaken", name);
        }
        if (mail != null && !accounts.findByEmailIgnoreCase(mail).isEmpty()) {
            throw new BusinessRuleException("account.error.emailTaken", mail);
        }
        if (organisation != null && organisation.strip().length() > 200) {
            throw new BusinessRuleException("account.error.organisation");
        }
        Account account = new Account(name, display, mail, organisation, passwordEncoder.encode(rawPassword),
                platformAdmin);
        return accounts.save(account).getId();
    }

    /** Marks an account as one of the demo's (the demo loader): its published password is taken away once the demo is off. */
    public void markDemo(long accountId) {
        access.requirePlatformAdmin();
        accounts.findById(accountId).orElseThrow(NotFoundException::new).markDemo();
    }

    /** Gives an account a role (and a seat) in a convention, added to what it holds there (platform only). */
    public void grant(long accountId, long conventionId, Role role, Committee committee, Seat seat) {
        access.requirePlatformAdmin();
        Membership m = membershipOf(accountId, conventionId);
        m.add(role, committee == null ? null : new CommitteeSeat(committee, null, seat == null ? Seat.PERMANENT : seat));
        memberships.save(m);
        events.publishEvent(JournalEvent.of(JournalKind.ROLES_GRANTED).convention(conventionId).about(accountId)
                .detail(RoleText.of(m.getRoles(), m.getSeats())));
    }

    /** Adds roles, seats and groups to what an account holds in a convention (platform only: invitations, demo). */
    public void grant(long accountId, long conventionId, Collection<Role> roles, Collection<CommitteeSeat> seats,
                      Collection<Long> groupIds) {
        access.requirePlatformAdmin();
        Membership m = membershipOf(accountId, conventionId);
        Set<Role> allRoles = EnumSet.noneOf(Role.class);
        allRoles.addAll(m.getRoles());
        allRoles.addAll(roles);
        List<CommitteeSeat> allSeats = new ArrayList<>(seats);
        allSeats.addAll(m.getSeats());
        Set<Long> allGroups = new LinkedHashSet<>(m.getGroupIds());
        allGroups.addAll(groupIds);
        m.set(allRoles, allSeats, allGroups);
        memberships.save(m);
        events.publishEvent(JournalEvent.of(JournalKind.ROLES_GRANTED).convention(conventionId).about(accountId)
                .detail(RoleText.of(allRoles, allSeats)));
    }

    private Membership membershipOf(long accountId, long conventionId) {
        Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        if (directory.conventionTitle(conventionId).isEmpty()) {
            throw new NotFoundException();
        }
        return memberships.findByAccountIdAndConventionId(accountId, conventionId)
                .orElseGet(() -> new Membership(account, conventionId));
    }

    /** The account with that username, if any (platform administrator). */
    @Transactional(readOnly = true)
    public Optional<Long> accountIdOf(String username) {
        access.requirePlatformAdmin();
        return accounts.findByUsernameIgnoreCase(username == null ? "" : username.strip()).map(Account::getId);
    }

    /**
     * Display names of accounts by id (an erased person's is their pseudonym), for services that have checked the
     * caller's access to what names them (the journal: administrators only).
     */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        access.requireSomeAdministration();
        Map<Long, String> names = new HashMap<>();
        accounts.findAllById(accountIds).forEach(a -> names.put(a.getId(), a.getDisplayName()));
        return names;
    }

    /**
     * The Caf a person belongs to, for the journal (no access check: it tells nothing to anyone): their home Caf, else
     * the Caf of their memberships when they are all in one.
     */
    @Transactional(readOnly = true)
    public Optional<Long> cafOfPerson(long accountId) {
        Optional<Long> home = accounts.findById(accountId).map(Account::getHomeCafId);
        if (home.isPresent()) {
            return home;
        }
        Set<Long> cafs = memberships.findConventionIdsByAccountId(accountId).stream().map(directory::cafOf)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        return cafs.size() == 1 ? cafs.stream().findFirst() : Optional.empty();
    }

    /** The members of a convention, for anyone who reads the convention. */
    @Transactional(readOnly = true)
    public List<MemberSummary> members(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return memberships.findByConventionIdWithAccount(conventionId).stream()
                .filter(m -> !m.getRoles().isEmpty())
                .map(m -> new MemberSummary(m.getAccount().getId(), m.getAccount().getUsername(),
                        m.getAccount().getDisplayName(), m.getAccount().getOrganisation(), m.getRoles(), m.getSeats(),
                        m.getGroupIds()))
                .toList();
    }

    /** Members with their e-mail address and language (platform administrator and jobs running as the platform). */
    @Transactional(readOnly = true)
    public List<Contact> contacts(long conventionId) {
        access.requirePlatformAdmin();
        return memberships.findByConventionIdWithAccount(conventionId).stream()
                .filter(m -> m.getAccount().isEnabled())
                .map(m -> new Contact(m.getAccount().getId(), m.getAccount().getDisplayName(), m.getAccount().getEmail(),
                        locale(m.getAccount().getLanguage()), m.getRoles(),
                        m.getSeats().stream().map(CommitteeSeat::committee).collect(Collectors.toSet()),
                        m.getGroupIds()))
                .toList();
    }

    /** The caller's own account and where they are a member. */
    @Transactional(readOnly = true)
    public MyAccount myAccount() {
        CtgUser user = currentUser.require();
        Account a = accounts.findById(user.accountId()).orElseThrow(NotFoundException::new);
        List<MyAccount.Place> places = memberships.findByAccountId(a.getId()).stream()
                .map(m -> new MyAccount.Place(m.getConventionId(),
                        directory.conventionTitle(m.getConventionId()).orElse("?"), m.getRoles(), m.getSeats()))
                .sorted(Comparator.comparing(MyAccount.Place::conventionTitle))
                .toList();
        return new MyAccount(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getOrganisation(),
                locale(a.getLanguage()), a.isPlatformAdmin(), a.getPasswordChangedAt(), places);
    }

    /** Changes the caller's name, e-mail and language; returns the caller as they now are. */
    public CtgUser updateProfile(String displayName, String email, String organisation, Locale language) {
        CtgUser user = currentUser.require();
        Account a = accounts.findById(user.accountId()).orElseThrow(NotFoundException::new);
        String display = checkedDisplayName(displayName);
        String mail = checkedEmail(email, false);
        if (!mail.equalsIgnoreCase(a.getEmail() == null ? "" : a.getEmail())
                && accounts.findByEmailIgnoreCase(mail).stream().anyMatch(o -> !o.getId().equals(a.getId()))) {
            throw new BusinessRuleException("account.error.emailTaken", mail);
        }
        String org = organisation == null || organisation.isBlank() ? null : organisation.strip();
        if (org != null && org.length() > 200) {
            throw new BusinessRuleException("account.error.organisation");
        }
        a.setProfile(display, mail, org, code(language));
        events.publishEvent(JournalEvent.of(JournalKind.PROFILE_CHANGED).about(a.getId()));
        return user.with(display, a.getLanguage(), a.getSessionStamp());
    }

    /** The caller's language, for the UI and every e-mail sent to them. */
    public CtgUser chooseLanguage(Locale language) {
        CtgUser user = currentUser.require();
        Account a = accounts.findById(user.accountId()).orElseThrow(NotFoundException::new);
        a.setLanguage(code(language));
        return user.with(user.displayName(), a.getLanguage(), a.getSessionStamp());
    }

    /**
     * Changes the caller's password (the current one is required); the caller's other sessions end. Returns the
     * caller with the new session stamp, to keep this session.
     */
    public CtgUser changePassword(String current, String newPassword, String again) {
        CtgUser user = currentUser.require();
        Account a = accounts.findById(user.accountId()).orElseThrow(NotFoundException::new);
        if (current == null || !passwordEncoder.matches(current, a.getPasswordHash())) {
            throw new BusinessRuleException("account.error.currentPassword");
        }
        policy.check(newPassword, again, a.getUsername(), a.getEmail());
        if (passwordEncoder.matches(newPassword, a.getPasswordHash())) {
            throw new BusinessRuleException("account.error.samePassword");
        }
        a.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        events.publishEvent(JournalEvent.of(JournalKind.PASSWORD_CHANGED).about(a.getId()));
        return user.with(a.getDisplayName(), a.getLanguage(), a.getSessionStamp());
    }

    static String checkedDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            throw new BusinessRuleException("account.error.displayName");
        }
        return displayName.strip();
    }

    /** A well-formed address, lower-cased; null allowed only when {@code optional}. */
    static String checkedEmail(String email, boolean optional) {
        if (email == null || email.isBlank()) {
            if (optional) {
                return null;
            }
            throw new BusinessRuleException("account.error.email");
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > MAX_EMAIL) { // an accepted invitation's address becomes the user name (100 at most)
            throw new BusinessRuleException("account.error.emailTooLong", MAX_EMAIL);
        }
        if (!EMAIL.matcher(address).matches() || address.contains("..") || !deliverable(address)) {
            throw new BusinessRuleException("account.error.email");
        }
        return address;
    }

    /** What the mail library itself accepts as a plain address (no comma, semicolon, angle bracket or quote). */
    private static boolean deliverable(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            return address.equals(parsed.getAddress()) && address.matches("[^,;<>\"()\\[\\]\\\\]+");
        } catch (AddressException e) {
            return false;
        }
    }

    static Locale locale(String code) {
        return "en".equals(code) ? Locale.ENGLISH : Locale.FRENCH;
    }

    static String code(Locale language) {
        return language != null && "en".equals(language.getLanguage()) ? "en" : "fr";
    }
}
