package fr.ctg.security.internal;

import fr.ctg.security.CtgUser;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for the login, by identifier or by e-mail address (when one account has it); an erased or disabled
 * account comes back disabled (the throttle acts before: {@link ThrottlingAuthenticationProvider}).
 */
@Component
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = find(accounts, username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return userOf(account);
    }

    /** The person as Spring Security knows them (with the password hash, which the login erases once checked). */
    static CtgUser userOf(Account account) {
        return new CtgUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getPasswordHash(), account.isPlatformAdmin(), account.isEnabled() && !account.isErased(),
                false, account.getSessionStamp(), account.getLanguage());
    }

    static Optional<Account> find(AccountRepository accounts, String typed) {
        String name = typed == null ? "" : typed.strip();
        Optional<Account> byName = accounts.findByUsernameIgnoreCase(name);
        if (byName.isPresent() || !name.contains("@")) {
            return byName;
        }
        List<Account> byEmail = accounts.findByEmailIgnoreCase(name).stream().filter(a -> !a.isErased()).toList();
        return byEmail.size() == 1 ? Optional.of(byEmail.getFirst()) : Optional.empty();
    }
}
