package fr.ctg.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.SecretTokens;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.security.internal.AccountRepository;
import fr.ctg.security.internal.CafAdministratorRepository;
import fr.ctg.security.internal.LoginThrottle;
import fr.ctg.security.internal.SecondFactorStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of the administrators (platform and Caf) who log in with a password: a TOTP code (RFC 6238: 6
 * digits, 30 s, HMAC-SHA1, what every authenticator app reads from the QR code), each code good once, or one of ten
 * single-use recovery codes. The first login after this became required enrols the app: the code that proves it also
 * shows the recovery codes, once. Wrong codes count in the login throttle like wrong passwords; every outcome is
 * journaled. Those who log in through the single sign-on provider rely on its own factors; demo accounts, whose
 * passwords are published, are not asked while the demo is on.
 */
@Service
@Transactional
public class SecondFactorService {

    /** Codes of the step before and after the present one are accepted too (clocks drift, people type slowly). */
    static final int STEPS_ACCEPTED_EACH_SIDE = 1;
    static final long STEP_SECONDS = 30;
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final String ISSUER = "Portail CTG";

    /** What the enrolment page shows: the secret as text (to type it) and as a QR code (to scan it). */
    public record Enrolment(String secret, String otpauthUri, byte[] qrPng) {
        /** The secret in groups of four, easier to type. */
        public String groupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    /** The person, now fully logged in, and (after an enrolment) their recovery codes, shown this once. */
    public record Completed(CtgUser user, List<String> recoveryCodes) {
    }

    private final SecondFactorStore store;
    private final AccountRepository accounts;
    private final CafAdministratorRepository cafAdministrators;
    private final CurrentUser currentUser;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private boolean demoEnabled;

    SecondFactorService(SecondFactorStore store, AccountRepository accounts,
                        CafAdministratorRepository cafAdministrators, CurrentUser currentUser, LoginThrottle throttle,
                        ApplicationEventPublisher events, Clock clock,
                        @Value("${ctg.demo.enabled:false}") boolean demoEnabled) {
        this.demoEnabled = demoEnabled;
        this.store = store;
        this.accounts = accounts;
        this.cafAdministrators = cafAdministrators;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a password login of this account must be followed by a second factor. */
    @Transactional(readOnly = true)
    public boolean requiredFor(long accountId) {
        return accounts.findById(accountId).filter(a -> !(a.isDemo() && demoEnabled) && !a.isErased())
                .map(a -> a.isPlatformAdmin() || cafAdministrators.existsByAccountId(accountId)).orElse(false);
    }

    /** Whether the person awaiting their second factor has an app enrolled (else: {@link #enrolment()}). */
    @Transactional(readOnly = true)
    public boolean enrolled() {
        return store.secretOf(awaiting().accountId()).map(SecondFactorStore.Secret::confirmed).orElse(false);
    }

    /** The secret to put in the app; the same until a code confirms it (a reload shows the same QR code). */
    public Enrolment enrolment() {
        CtgUser user = awaiting();
        var known = store.secretOf(user.accountId());
        if (known.map(SecondFactorStore.Secret::confirmed).orElse(false)) {
            throw new BusinessRuleException("secondFactor.error.alreadyEnrolled");
        }
        String secret = known.map(SecondFactorStore.Secret::secret).orElseGet(() -> {
            String fresh = new DefaultSecretGenerator(32).generate();
            store.newSecret(user.accountId(), fresh, clock.instant());
            return fresh;
        });
        QrData data = new QrData.Builder().label(user.getUsername()).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period((int) STEP_SECONDS).build();
        try {
            return new Enrolment(secret, data.getUri(), new ZxingPngQrGenerator().generate(data));
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first code from the app: enrolment done, recovery codes made, the login goes on. */
    @Transactional(noRollbackFor = BusinessRuleException.class)
    public Completed confirm(String code) {
        CtgUser user = awaiting();
        SecondFactorStore.Secret secret = store.secretOf(user.accountId()).filter(s -> !s.confirmed())
                .orElseThrow(() -> new BusinessRuleException("secondFactor.error.noEnrolment"));
        checkThrottle(user);
        if (!totpAccepted(user.accountId(), secret, code)) {
            throw wrong(user, "second factor enrolment: wrong code");
        }
        if (!store.confirm(user.accountId(), clock.instant())) {
            throw new BusinessRuleException("secondFactor.error.alreadyEnrolled");
        }
        List<String> recovery = newRecoveryCodes(user.accountId());
        events.publishEvent(JournalEvent.of(JournalKind.SECOND_FACTOR_ENROLLED).caf(homeCaf(user)).about(user.accountId())
                .by(user.accountId()));
        return new Completed(completed(user, "password + totp (enrolled)"), recovery);
    }

    /** A code from the app or a recovery code: the login goes on. */
    @Transactional(noRollbackFor = BusinessRuleException.class)
    public Completed verify(String code) {
        CtgUser user = awaiting();
        SecondFactorStore.Secret secret = store.secretOf(user.accountId()).filter(SecondFactorStore.Secret::confirmed)
                .orElseThrow(() -> new BusinessRuleException("secondFactor.error.noEnrolment"));
        checkThrottle(user);
        String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (typed.matches("\\d{6}")) {
            if (totpAccepted(user.accountId(), secret, typed)) {
                return new Completed(completed(user, "password + totp"), List.of());
            }
            throw wrong(user, "second factor: wrong or used code");
        }
        if (!typed.isEmpty() && store.useRecoveryCode(user.accountId(), SecretTokens.sha256(typed), clock.instant())) {
            int left = store.recoveryCodesLeft(user.accountId());
            return new Completed(completed(user, "password + recovery code (" + left + " left)"), List.of());
        }
        throw wrong(user, "second factor: wrong recovery code");
    }

    /** Ten new recovery codes for the logged-in person (the former ones stop working); shown once. */
    public List<String> renewRecoveryCodes() {
        CtgUser user = currentUser.require();
        if (!store.secretOf(user.accountId()).map(SecondFactorStore.Secret::confirmed).orElse(false)) {
            throw new BusinessRuleException("secondFactor.error.noEnrolment");
        }
        List<String> recovery = newRecoveryCodes(user.accountId());
        events.publishEvent(JournalEvent.of(JournalKind.RECOVERY_CODES_RENEWED).caf(homeCaf(user)).about(user.accountId()));
        return recovery;
    }

    /** How many recovery codes the logged-in person has left, or -1 when no app is enrolled. */
    @Transactional(readOnly = true)
    public int recoveryCodesLeft() {
        CtgUser user = currentUser.require();
        return store.secretOf(user.accountId()).filter(SecondFactorStore.Secret::confirmed)
                .map(s -> store.recoveryCodesLeft(user.accountId())).orElse(-1);
    }

    /** RFC 6238 code of a secret at an instant (what an app shows; for tests and for the drills). */
    public static String codeAt(String secret, Instant at) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, at.getEpochSecond() / STEP_SECONDS);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean totpAccepted(long accountId, SecondFactorStore.Secret secret, String code) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return false;
        }
        long now = clock.instant().getEpochSecond() / STEP_SECONDS;
        for (long step = now - STEPS_ACCEPTED_EACH_SIDE; step <= now + STEPS_ACCEPTED_EACH_SIDE; step++) {
            if (step > secret.lastStep() && MessageDigest.isEqual(generate(secret.secret(), step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return store.useStep(accountId, step);
            }
        }
        return false;
    }

    private String generate(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> newRecoveryCodes(long accountId) {
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            plain.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        store.replaceRecoveryCodes(accountId, plain.stream().map(p -> SecretTokens.sha256(p.replace("-", ""))).toList(),
                clock.instant());
        return plain;
    }

    private void checkThrottle(CtgUser user) {
        if (throttle.tryAttempt(user.getUsername(), null).isPresent()) {
            events.publishEvent(JournalEvent.of(JournalKind.LOGIN_FAILED).about(user.accountId())
                    .detail("second factor: throttled"));
            throw new BusinessRuleException("secondFactor.error.throttled");
        }
    }

    private BusinessRuleException wrong(CtgUser user, String why) {
        events.publishEvent(JournalEvent.of(JournalKind.LOGIN_FAILED).about(user.accountId()).detail(why));
        return new BusinessRuleException("secondFactor.error.wrong");
    }

    private CtgUser completed(CtgUser user, String how) {
        throttle.succeeded(user.getUsername(), null);
        accounts.recordLogin(user.accountId(), clock.instant());
        events.publishEvent(JournalEvent.of(JournalKind.LOGIN).by(user.accountId()).detail(how));
        return user.secondFactorGiven();
    }

    private Long homeCaf(CtgUser user) {
        return accounts.findById(user.accountId()).map(a -> a.getHomeCafId()).orElse(null);
    }

    private CtgUser awaiting() {
        return currentUser.awaitingSecondFactor().orElseThrow(CurrentUser.NotAuthenticatedException::new);
    }
}
