package fr.ctg.security;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.SecretTokens;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.base.web.PublicUrl;
import fr.ctg.security.internal.Account;
import fr.ctg.security.internal.AccountRepository;
import fr.ctg.security.internal.SetupToken;
import fr.ctg.security.internal.SetupTokenRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A safe first start. While no platform administrator exists, each start issues one single-use address
 * ({@code /setup/{secret}}, valid {@link #VALIDITY}; the previous ones stop working) and prints it once, or e-mails
 * it to {@code CTG_ADMIN_EMAIL}. Opening it creates the first platform administrator; from then on every setup
 * address is dead.
 */
@Service
@Transactional
public class FirstStartService {

    public static final Duration VALIDITY = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(FirstStartService.class);

    private final AccountRepository accounts;
    private final SetupTokenRepository tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final PublicUrl publicUrl;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FirstStartService(AccountRepository accounts, SetupTokenRepository tokens, PasswordPolicy policy,
                      PasswordEncoder encoder, PublicUrl publicUrl, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.publicUrl = publicUrl;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the platform still has no administrator. */
    @Transactional(readOnly = true)
    public boolean setupNeeded() {
        return !accounts.existsByPlatformAdminTrueAndEnabledTrue();
    }

    /**
     * At start: when no administrator exists, a new setup address (older ones are spent); e-mailed when
     * {@code adminEmail} is given, printed otherwise. Returns the address, if one was issued.
     */
    public Optional<String> issueIfNeeded(String adminEmail) {
        if (!setupNeeded()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        tokens.findByUsedAtIsNull().forEach(t -> t.use(now));
        String token = SecretTokens.newToken();
        tokens.save(new SetupToken(SecretTokens.sha256(token), now.plus(VALIDITY)));
        String link = publicUrl.of("setup/" + token);
        if (adminEmail != null && !adminEmail.isBlank()) {
            events.publishEvent(new SetupLinkIssued(adminEmail.strip(), link));
            log.warn("First start: no platform administrator yet. The single-use setup address (valid 24 hours) was "
                    + "e-mailed to {}.", adminEmail.strip());
        } else {
            log.warn("""

                    ==========================================================================================
                     First start: no platform administrator yet. Within 24 hours, open (single use):
                       {}
                     to create it. A new address is printed at each start until an administrator exists.
                    ==========================================================================================""",
                    link);
        }
        return Optional.of(link);
    }

    /** Refuses an address that cannot be used, with its reason. */
    @Transactional(readOnly = true)
    public void check(String token) {
        usable(token);
    }

    /** Creates the first platform administrator; the address is spent. Returns the identifier. */
    public String complete(String token, String username, String displayName, String email, String password,
                           String again, Locale language) {
        SetupToken t = tokens.findByTokenSha256ForUpdate(SecretTokens.sha256(token == null ? "" : token.strip()))
                .orElseThrow(() -> new BusinessRuleException("setup.error.invalid"));
        check(t);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9._@+-]{1,99}")) {
            throw new BusinessRuleException("account.error.username");
        }
        String display = AccountService.checkedDisplayName(displayName);
        String mail = AccountService.checkedEmail(email, false);
        policy.check(password, again, name, mail);
        if (accounts.findByUsernameIgnoreCase(name).isPresent()) {
            throw new BusinessRuleException("account.error.usernameTaken", name);
        }
        Instant now = clock.instant();
        Account admin = new Account(name, display, mail, null, encoder.encode(password), true);
        admin.setLanguage(AccountService.code(language));
        admin.changePassword(admin.getPasswordHash(), now);
        accounts.save(admin);
        t.use(now);
        events.publishEvent(JournalEvent.of(JournalKind.PLATFORM_ADMIN_CREATED).about(admin.getId()).by(admin.getId()));
        return name;
    }

    private void usable(String token) {
        SetupToken t = tokens.findByTokenSha256(SecretTokens.sha256(token == null ? "" : token.strip()))
                .orElseThrow(() -> new BusinessRuleException("setup.error.invalid"));
        check(t);
    }

    private void check(SetupToken t) {
        if (!setupNeeded() || t.getUsedAt() != null) {
            throw new BusinessRuleException("setup.error.used");
        }
        if (!t.getExpiresAt().isAfter(clock.instant())) {
            throw new BusinessRuleException("setup.error.expired");
        }
    }
}
