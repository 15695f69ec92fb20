package fr.ctg.security.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The last login of an account, and which account a typed name is (for the journal). */
@Component
class LoginRecorder {

    private final AccountRepository accounts;
    private final Clock clock;

    LoginRecorder(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void loggedIn(long accountId) {
        accounts.recordLogin(accountId, clock.instant());
    }

    @Transactional(readOnly = true)
    public Long accountIdOf(String username) {
        return AccountUserDetailsService.find(accounts, username).map(Account::getId).orElse(null);
    }
}
