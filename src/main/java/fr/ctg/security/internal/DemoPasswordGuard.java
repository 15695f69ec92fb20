package fr.ctg.security.internal;

import fr.ctg.base.SecretTokens;
import fr.ctg.base.StartupRefusedException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's published password never opens a real portal. With the demo off, every demo account still holding it
 * (or the configured demo password) loses it at start: its owner must use the forgotten-password link. With the
 * demo on in the {@code prod} profile, the published password is refused: start-up stops and asks for another.
 */
@Component
@Order(50)
class DemoPasswordGuard implements ApplicationRunner {

    /** The password README publishes for the demo accounts. */
    static final String PUBLISHED = "ctg-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoPasswordGuard.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final boolean demo;
    private final String demoPassword;

    DemoPasswordGuard(AccountRepository accounts, PasswordEncoder encoder, TransactionTemplate tx, Environment env,
                      @Value("${ctg.demo.enabled:false}") boolean demo, @Value("${ctg.demo.password:}") String demoPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.tx = tx;
        this.demo = demo;
        this.demoPassword = demoPassword;
        if (demo && env.acceptsProfiles(Profiles.of("prod")) && (demoPassword.isBlank() || PUBLISHED.equals(demoPassword))) {
            throw new StartupRefusedException("The demo is on in the prod profile with the published demo password "
                    + "(README): anyone could log in as its administrator.",
                    "Set CTG_DEMO_PASSWORD to a password of your own, or CTG_DEMO=false.");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo) {
            return;
        }
        Integer locked = tx.execute(status -> {
            int n = 0;
            for (Account a : accounts.findByDemoTrue()) {
                boolean published = Stream.of(PUBLISHED, demoPassword).distinct()
                        .anyMatch(p -> !p.isBlank() && encoder.matches(p, a.getPasswordHash()));
                if (published) {
                    a.invalidatePassword(encoder.encode(SecretTokens.newToken()));
                    n++;
                }
            }
            return n;
        });
        if (locked != null && locked > 0) {
            log.warn("The demo is off: {} demo account(s) still had the published demo password, which no longer "
                    + "opens them (forgotten-password link needed).", locked);
        }
    }

    /** Whether a typed password is the demo's while the demo is off (such a login is refused outright). */
    boolean refused(String rawPassword) {
        return !demo && rawPassword != null && (PUBLISHED.equals(rawPassword)
                || (!demoPassword.isBlank() && demoPassword.equals(rawPassword)));
    }
}
