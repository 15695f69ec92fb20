package fr.ctg.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.base.StartupRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's published password never opens a portal whose demo is off, and a prod demo must choose its own. */
@CtgSpringTest
class DemoPasswordGuardTest {

    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired TransactionTemplate tx;

    @Test
    @Transactional
    void withTheDemoOffTheDemoAccountsLoseThePublishedPasswordAndItIsRefusedAtLogin() {
        Account admin = accounts.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(encoder.matches(DemoPasswordGuard.PUBLISHED, admin.getPasswordHash())).isTrue();
        DemoPasswordGuard off = new DemoPasswordGuard(accounts, encoder, tx, new MockEnvironment(), false,
                DemoPasswordGuard.PUBLISHED);
        off.run(null);
        assertThat(encoder.matches(DemoPasswordGuard.PUBLISHED, admin.getPasswordHash())).isFalse();
        assertThat(accounts.findByDemoTrue()).isNotEmpty().allSatisfy(a ->
                assertThat(encoder.matches(DemoPasswordGuard.PUBLISHED, a.getPasswordHash())).isFalse());
        assertThat(off.refused(DemoPasswordGuard.PUBLISHED)).isTrue();
        assertThat(off.refused("Lombez-Samatan-2026!")).isFalse();
        DemoPasswordGuard on = new DemoPasswordGuard(accounts, encoder, tx, new MockEnvironment(), true,
                DemoPasswordGuard.PUBLISHED);
        assertThat(on.refused(DemoPasswordGuard.PUBLISHED)).as("the demo itself").isFalse();
    }

    @Test
    void aDemoInTheProdProfileWithThePublishedPasswordDoesNotStart() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new DemoPasswordGuard(accounts, encoder, tx, prod, true, DemoPasswordGuard.PUBLISHED))
                .isInstanceOf(StartupRefusedException.class).hasMessageContaining("published demo password");
        assertThatThrownBy(() -> new DemoPasswordGuard(accounts, encoder, tx, prod, true, ""))
                .isInstanceOf(StartupRefusedException.class);
        new DemoPasswordGuard(accounts, encoder, tx, prod, true, "un-mot-de-passe-de-demo-a-nous");
    }
}
