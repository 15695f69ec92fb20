package fr.ctg.security;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.security.internal.Account;
import fr.ctg.security.internal.AccountRepository;
import fr.ctg.security.internal.Membership;
import fr.ctg.security.internal.MembershipRepository;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and memberships: created by the platform administrator, listed for members. */
@Service
@Transactional
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{1,99}");
    static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ConventionAccess access;

    AccountService(AccountRepository accounts, MembershipRepository memberships, PasswordEncoder passwordEncoder,
                   CurrentUser currentUser, ConventionAccess access) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** Creates an account (platform administrator only); the password is stored hashed. */
    public long createAccount(String username, String displayName, String email, String organisation,
                              String rawPassword, boolean platformAdmin) {
        requirePlatformAdmin();
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new BusinessRuleException("account.error.username");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new BusinessRuleException("account.error.displayName");
        }
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("account.error.password", MIN_PASSWORD_LENGTH);
        }
        if (accounts.findByUsernameIgnoreCase(name).isPresent()) {
            throw new BusinessRuleException("account.error.usernameTaken", name);
        }
        Account account = new Account(name, displayName.strip(), email, organisation,
                passwordEncoder.encode(rawPassword), platformAdmin);
        return accounts.save(account).getId();
    }

    /** Gives an account a role in a convention (platform administrator only). */
    public void grant(long accountId, long conventionId, Role role, Committee committee, Seat seat) {
        requirePlatformAdmin();
        Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        memberships.save(new Membership(account, conventionId, role, committee, seat));
    }

    /** The members of a convention, for anyone who reads the convention. */
    @Transactional(readOnly = true)
    /** The account with that username, if any (platform administrator). */
    public java.util.Optional<Long> accountIdOf(String username) {
        requirePlatformAdmin();
        return accounts.findByUsernameIgnoreCase(username == null ? "" : username.strip()).map(a -> a.getId());
    }

    public List<MemberSummary> members(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return memberships.findByConventionIdWithAccount(conventionId).stream()
                .map(m -> new MemberSummary(m.getAccount().getId(), m.getAccount().getUsername(), m.getAccount().getDisplayName(),
                        m.getAccount().getOrganisation(), m.getRole(), m.getCommittee(), m.getSeat()))
                .toList();
    }

    /** Members with their e-mail address (platform administrator and jobs running as the platform only). */
    @Transactional(readOnly = true)
    public List<Contact> contacts(long conventionId) {
        requirePlatformAdmin();
        return memberships.findByConventionIdWithAccount(conventionId).stream()
                .map(m -> new Contact(m.getAccount().getId(), m.getAccount().getDisplayName(), m.getAccount().getEmail(),
                        m.getRole(), m.getCommittee()))
                .toList();
    }

    private void requirePlatformAdmin() {
        if (!currentUser.require().platformAdmin()) {
            throw new AccessRefusedException();
        }
    }
}
