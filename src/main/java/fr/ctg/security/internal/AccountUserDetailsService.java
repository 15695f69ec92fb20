package fr.ctg.security.internal;

import fr.ctg.security.CtgUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for the login; a throttled name comes back locked. */
@Component
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginThrottle throttle;

    AccountUserDetailsService(AccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return new CtgUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getPasswordHash(), account.isPlatformAdmin(), account.isEnabled(),
                throttle.isThrottled(account.getUsername()));
    }
}
