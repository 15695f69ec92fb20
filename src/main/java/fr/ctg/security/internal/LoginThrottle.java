package fr.ctg.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per user name: after {@code maxFailures} failures within {@code window}
 * the name (case does not matter, as for logging in) is throttled (every login refused, even with the right
 * password) until the oldest
 * failure leaves the window. A successful login clears the count.
 */
@Component
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(LoginFailureRepository failures, Clock clock,
                  @Value("${ctg.security.login.max-failures:5}") int maxFailures,
                  @Value("${ctg.security.login.window:PT15M}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Transactional(readOnly = true)
    public boolean isThrottled(String username) {
        return failures.countSince(normalise(username), clock.instant().minus(window)) >= maxFailures;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username) {
        Instant now = clock.instant();
        failures.save(new LoginFailure(normalise(username), now));
        failures.deleteOlderThan(now.minus(window.multipliedBy(4)));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        failures.deleteByUsername(normalise(username));
    }

    private static String normalise(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
