package fr.ctg.security;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.SecretTokens;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.security.internal.Account;
import fr.ctg.security.internal.AccountRepository;
import fr.ctg.security.internal.LoginThrottle;
import fr.ctg.security.internal.PasswordReset;
import fr.ctg.security.internal.PasswordResetRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords. A request names an identifier or an address; whatever it names, the answer is the same (it
 * never tells whether an account exists). An enabled account with an address gets a single-use link valid
 * {@link #VALIDITY} (its SHA-256 only is kept), at most {@link #MAX_PER_HOUR} an hour and none while the login
 * throttle holds its name; setting the new password ends every session of the account.
 */
@Service
@Transactional
public class PasswordResetService {

    public static final Duration VALIDITY = Duration.ofHours(1);
    static final int MAX_PER_HOUR = 3;

    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final LoginThrottle throttle;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResetService(AccountRepository accounts, PasswordResetRepository resets, LoginThrottle throttle,
                         PasswordPolicy policy, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.resets = resets;
        this.throttle = throttle;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** Asks for a link; returns nothing, whatever happened. */
    public void request(String identifier) {
        String id = identifier == null ? "" : identifier.strip();
        if (id.isEmpty() || id.length() > 200) {
            return;
        }
        Optional<Account> found = find(id);
        events.publishEvent(JournalEvent.of(JournalKind.PASSWORD_RESET_REQUESTED)
                .about(found.map(Account::getId).orElse(null)).byLabel(found.isPresent() ? null : id));
        if (found.isEmpty()) {
            return;
        }
        Account a = found.get();
        Instant now = clock.instant();
        if (!a.isEnabled() || a.isErased() || a.getEmail() == null || throttle.isThrottled(a.getUsername())
                || resets.countByAccountIdAndCreatedAtAfter(a.getId(), now.minus(Duration.ofHours(1))) >= MAX_PER_HOUR) {
            return;
        }
        String token = SecretTokens.newToken();
        resets.save(new PasswordReset(a.getId(), SecretTokens.sha256(token), now.plus(VALIDITY)));
        events.publishEvent(new PasswordResetRequested(a.getEmail(), a.getDisplayName(),
                AccountService.locale(a.getLanguage()), token));
    }

    /** Refuses a link that cannot be used, with its reason. */
    @Transactional(readOnly = true)
    public void check(String token) {
        usable(token);
    }

    /** Sets the new password; the link is spent and every session of the account ends. Returns the identifier. */
    public String reset(String token, String password, String again) {
        PasswordReset r = usable(token);
        Account a = accounts.findById(r.getAccountId()).filter(x -> x.isEnabled() && !x.isErased())
                .orElseThrow(() -> new BusinessRuleException("reset.error.invalid"));
        policy.check(password, again, a.getUsername(), a.getEmail());
        Instant now = clock.instant();
        a.changePassword(encoder.encode(password), now);
        r.use(now);
        for (PasswordReset other : resets.findByAccountIdAndUsedAtIsNullAndExpiresAtAfter(a.getId(), now)) {
            other.use(now);
        }
        throttle.succeeded(a.getUsername(), null);
        events.publishEvent(JournalEvent.of(JournalKind.PASSWORD_RESET).about(a.getId()).by(a.getId()));
        return a.getUsername();
    }

    private PasswordReset usable(String token) {
        PasswordReset r = token == null || token.isBlank() ? null
                : resets.findByTokenSha256(SecretTokens.sha256(token.strip())).orElse(null);
        if (r == null) {
            throw new BusinessRuleException("reset.error.invalid");
        }
        if (r.getUsedAt() != null) {
            throw new BusinessRuleException("reset.error.used");
        }
        if (!r.getExpiresAt().isAfter(clock.instant())) {
            throw new BusinessRuleException("reset.error.expired");
        }
        return r;
    }

    /** The account an identifier names: its user name, or the one account with that address. */
    private Optional<Account> find(String identifier) {
        Optional<Account> byName = accounts.findByUsernameIgnoreCase(identifier);
        if (byName.isPresent()) {
            return byName;
        }
        List<Account> byEmail = accounts.findByEmailIgnoreCase(identifier);
        return byEmail.size() == 1 ? Optional.of(byEmail.getFirst()) : Optional.empty();
    }
}
