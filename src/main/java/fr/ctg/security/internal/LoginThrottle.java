package fr.ctg.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing down, per account and per client address, with growing delays rather than a lock.
 * <p>
 * Every attempt is counted <em>before</em> its password is checked, in a row locked for it ({@code SELECT … FOR
 * UPDATE}), so that parallel requests cannot share one free guess: after {@code free} attempts for an account (5) or
 * an address (20) within the window, each further attempt must wait 30 s, then 1, 2, 4… minutes, at most
 * {@code maxDelay} (15 min); a refused attempt does not lengthen the wait. A success clears the account's count and
 * takes its own attempt off the address's. A count left alone for {@code window} (15 min) starts again at zero, so
 * that nobody can keep an account locked for good: its owner waits at most {@code maxDelay}.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Why an attempt must wait, and how long. */
    public record Refusal(String kind, Duration delay) {
    }

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AccountRepository accounts;
    private final Clock clock;
    private final int freeAttempts;
    private final int freeAttemptsPerAddress;
    private final Duration window;
    private final Duration firstDelay;
    private final Duration maxDelay;

    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                  AccountRepository accounts, Clock clock,
                  @Value("${ctg.security.login.max-failures:5}") int freeAttempts,
                  @Value("${ctg.security.login.max-failures-per-address:20}") int freeAttemptsPerAddress,
                  @Value("${ctg.security.login.window:PT15M}") Duration window,
                  @Value("${ctg.security.login.first-delay:PT30S}") Duration firstDelay,
                  @Value("${ctg.security.login.max-delay:PT15M}") Duration maxDelay) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.accounts = accounts;
        this.clock = clock;
        this.freeAttempts = freeAttempts;
        this.freeAttemptsPerAddress = freeAttemptsPerAddress;
        this.window = window;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /**
     * Counts an attempt for the typed name from this address (null: none known), or refuses it while a wait is on.
     * Call before checking the password; then {@link #succeeded} if it was right.
     */
    public Optional<Refusal> tryAttempt(String typedName, String address) {
        String account = subjectOf(typedName);
        String place = address == null || address.isBlank() ? null : limit(address);
        for (int tries = 1; ; tries++) {
            // The rows exist before they are locked (inserting them under the lock lets parallel first attempts
            // deadlock); another login's success (which deletes the account's row) or the purge may remove one in
            // between, and then it is created again
            try {
                tx.executeWithoutResult(status -> {   // committed at once, even inside a caller's transaction
                    create(ACCOUNT, account);
                    if (place != null) {
                        create(ADDRESS, place);
                    }
                });
                return tx.execute(status -> count(account, place));
            } catch (PessimisticLockingFailureException | RowGone e) {
                if (tries == 5) {
                    throw e;
                }
            }
        }
    }

    private Optional<Refusal> count(String account, String place) {
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>();
        rows.add(lock(ACCOUNT, account, now).orElseThrow(RowGone::new));
        if (place != null) {
            rows.add(lock(ADDRESS, place, now).orElseThrow(RowGone::new));
        }
        for (Row r : rows) {
            // only a delay in force refuses: with none due, "blocked until" is merely the last attempt's time, which
            // a login whose clock reads a little earlier (another node's, or taken before this lock) must not heed
            if (!delay(r.kind, r.attempts).isZero() && r.blockedUntil.isAfter(now)) {
                return Optional.of(new Refusal(r.kind, Duration.between(now, r.blockedUntil)));
            }
        }
        for (Row r : rows) {
            int attempts = r.attempts + 1;
            jdbc.update("UPDATE login_throttle SET attempts = ?, last_attempt_at = ?, blocked_until = ? WHERE kind = ? "
                    + "AND subject = ?", attempts, ts(now), ts(now.plus(delay(r.kind, attempts))), r.kind, r.subject);
        }
        return Optional.empty();
    }

    /** The password was right: the account's count is cleared, this attempt taken off the address's. */
    public void succeeded(String typedName, String address) {
        String account = subjectOf(typedName);
        String place = address == null || address.isBlank() ? null : limit(address);
        if (place != null) {
            // As for an attempt: the row exists before it is locked (an insert under the lock shares it first, and
            // two logins both holding it shared then wanting it alone deadlock).
            tx.executeWithoutResult(status -> create(ADDRESS, place));
        }
        for (int tries = 1; ; tries++) {
            try {
                tx.executeWithoutResult(status -> uncount(account, place));
                break;
            } catch (PessimisticLockingFailureException e) {
                if (tries == 5) {
                    throw e;
                }
            }
        }
        purge();
    }

    /**
     * Forgets rows nobody has used for four windows, in a transaction of its own after the login's: housekeeping
     * that, inside it, locked the whole table and deadlocked two people signing in at the same moment. A purge
     * that meets another one's locks gives way; the next login purges.
     */
    private void purge() {
        try {
            tx.executeWithoutResult(status -> jdbc.update(
                    "DELETE FROM login_throttle WHERE last_attempt_at < ? AND blocked_until < ?",
                    ts(clock.instant().minus(window.multipliedBy(4))), ts(clock.instant())));
        } catch (ConcurrencyFailureException busy) {
            log.debug("Login throttle purge left to the next login: {}", busy.getMessage());
        }
    }

    private void uncount(String account, String place) {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM login_throttle WHERE kind = ? AND subject = ?", ACCOUNT, account);
        Optional<Row> row = place == null ? Optional.empty() : lock(ADDRESS, place, now);
        if (row.isPresent()) { // gone: purged meanwhile, nothing to take off
            Row r = row.get();
            int attempts = Math.max(0, r.attempts - 1);
            jdbc.update("UPDATE login_throttle SET attempts = ?, blocked_until = ? WHERE kind = ? AND subject = ?",
                    attempts, ts(r.lastAttemptAt.plus(delay(ADDRESS, attempts))), ADDRESS, r.subject);
        }
    }

    /** Whether the account (or name) must wait now (the forgotten-password form then sends nothing). */
    @Transactional(readOnly = true)
    public boolean isThrottled(String typedName) {
        Instant now = clock.instant();
        return jdbc.queryForList("SELECT blocked_until FROM login_throttle WHERE kind = ? AND subject = ?",
                Timestamp.class, ACCOUNT, subjectOf(typedName)).stream()
                .anyMatch(t -> t.toInstant().isAfter(now));
    }

    private Duration delay(String kind, int attempts) {
        int free = ACCOUNT.equals(kind) ? freeAttempts : freeAttemptsPerAddress;
        if (attempts < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempts - free, 20);
        Duration d = firstDelay.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    private record Row(String kind, String subject, int attempts, Instant lastAttemptAt, Instant blockedUntil) {
    }

    private void create(String kind, String subject) {
        Timestamp now = ts(clock.instant());
        jdbc.update("INSERT IGNORE INTO login_throttle (kind, subject, attempts, last_attempt_at, blocked_until) "
                + "VALUES (?, ?, 0, ?, ?)", kind, subject, now, now);
    }

    /**
     * The row of a subject, locked until the transaction ends; counted from zero when left alone long; empty if it is
     * not there (deleted since it was created).
     */
    private Optional<Row> lock(String kind, String subject, Instant now) {
        List<Row> found = jdbc.query("SELECT attempts, last_attempt_at, blocked_until FROM login_throttle WHERE kind = ? "
                + "AND subject = ? FOR UPDATE", (rs, n) -> new Row(kind, subject, rs.getInt(1),
                rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()), kind, subject);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row r = found.getFirst();
        if (r.lastAttemptAt.plus(window).isBefore(now) && !r.blockedUntil.isAfter(now)) {
            return Optional.of(new Row(kind, subject, 0, r.lastAttemptAt, r.blockedUntil));
        }
        return Optional.of(r);
    }

    /** A row created for this attempt was deleted before it could be locked: the attempt starts again. */
    private static final class RowGone extends RuntimeException {
        RowGone() {
            super(null, null, false, false);
        }
    }

    /** An existing account counts as one whatever name or address it was typed with; any other name as typed. */
    private String subjectOf(String typedName) {
        return AccountUserDetailsService.find(accounts, typedName).map(a -> "#" + a.getId())
                .orElseGet(() -> limit(typedName == null ? "" : typedName.strip().toLowerCase(Locale.ROOT)));
    }

    private static String limit(String s) {
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
