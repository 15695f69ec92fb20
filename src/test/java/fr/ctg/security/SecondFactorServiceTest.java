package fr.ctg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestClockConfig.MutableClock;
import fr.ctg.TestLogin;
import fr.ctg.admin.TenantFixture;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.convention.ConventionService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Administrators who log in with a password give a TOTP code (RFC 6238) too: enrolled at their first login with a
 * code computed here from the secret the page shows, each code good once, ten single-use recovery codes, wrong codes
 * throttled and journaled, nothing open in between.
 */
@CtgSpringTest
class SecondFactorServiceTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    SecondFactorService secondFactors;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    TenantFixture tenants;
    @Autowired
    TestLogin login;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConventionService conventions;
    @Autowired
    AccountAdministrationService administration;

    @AfterEach
    void reset() {
        login.logout();
        clock.reset();
        jdbc.update("DELETE FROM login_throttle");
    }

    private CtgUser passwordLogin(String username) {
        Authentication auth = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, TestLogin.DEMO_PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(auth);
        return (CtgUser) auth.getPrincipal();
    }

    @Test
    void anAdministratorsRightPasswordOpensNothingButTheSecondFactor() {
        var t = tenants.create();
        CtgUser awaiting = passwordLogin(t.user("cafadmin"));

        assertThat(awaiting.isAwaitingSecondFactor()).isTrue();
        assertThat(awaiting.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(CtgUser.ROLE_AWAITING_SECOND_FACTOR);
        assertThat(currentUser.get()).as("the services see nobody").isEmpty();
        assertThatThrownBy(() -> conventions.overview(t.one())).isInstanceOf(AccessDeniedException.class);

        CtgUser member = passwordLogin(t.user("one-admin"));
        assertThat(member.isAwaitingSecondFactor()).as("a convention's administrator is not a Caf administrator").isFalse();
        assertThat(passwordLogin("admin").isAwaitingSecondFactor()).as("demo accounts are not asked").isFalse();
        ReflectionTestUtils.setField((Object) AopTestUtils.getTargetObject(secondFactors), "demoEnabled", false);
        try {
            assertThat(passwordLogin("admin").isAwaitingSecondFactor()).as("…while the demo is on only").isTrue();
        } finally {
            ReflectionTestUtils.setField((Object) AopTestUtils.getTargetObject(secondFactors), "demoEnabled", true);
        }
    }

    @Test
    void enrolmentWithAComputedCodeThenEachCodeOnceAndEachRecoveryCodeOnce() {
        var t = tenants.create();
        String admin = t.user("cafadmin");
        CtgUser awaiting = passwordLogin(admin);
        assertThat(secondFactors.enrolled()).isFalse();
        SecondFactorService.Enrolment enrolment = secondFactors.enrolment();
        assertThat(secondFactors.enrolment().secret()).as("a reload shows the same secret").isEqualTo(enrolment.secret());
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + enrolment.secret());
        assertThat(enrolment.qrPng()).startsWith(0x89, 'P', 'N', 'G');

        assertThatThrownBy(() -> secondFactors.confirm("000000".equals(code(enrolment.secret())) ? "111111" : "000000"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("secondFactor.error.wrong");
        assertThat(journal("LOGIN_FAILED", awaiting.accountId())).anyMatch(d -> d.contains("second factor"));

        String first = code(enrolment.secret());
        SecondFactorService.Completed done = secondFactors.confirm(first);
        assertThat(done.user().isAwaitingSecondFactor()).isFalse();
        assertThat(done.recoveryCodes()).hasSize(10).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(journal("SECOND_FACTOR_ENROLLED", awaiting.accountId())).hasSize(1);
        assertThat(journal("LOGIN", awaiting.accountId())).anyMatch(d -> d.contains("totp"));

        passwordLogin(admin);
        assertThat(secondFactors.enrolled()).isTrue();
        assertThatThrownBy(() -> secondFactors.verify(first)).as("the same code twice")
                .hasMessageContaining("secondFactor.error.wrong");
        clock.advance(Duration.ofSeconds(30));
        assertThat(secondFactors.verify(code(enrolment.secret())).user().isAwaitingSecondFactor()).isFalse();

        List<String> recovery = done.recoveryCodes();
        passwordLogin(admin);
        secondFactors.verify(recovery.get(0));
        passwordLogin(admin);
        assertThatThrownBy(() -> secondFactors.verify(recovery.get(0))).as("a recovery code works once")
                .hasMessageContaining("secondFactor.error.wrong");
        assertThat(secondFactors.verify(" " + recovery.get(1).toUpperCase().replace("-", " ") + " ").user()
                .isAwaitingSecondFactor()).as("typed in capitals, with spaces").isFalse();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                awaiting.secondFactorGiven(), null, awaiting.secondFactorGiven().getAuthorities()));
        assertThat(secondFactors.recoveryCodesLeft()).isEqualTo(8);
        List<String> renewed = secondFactors.renewRecoveryCodes();
        assertThat(secondFactors.recoveryCodesLeft()).isEqualTo(10);
        passwordLogin(admin);
        assertThatThrownBy(() -> secondFactors.verify(recovery.get(2))).as("renewed: the former ones are gone")
                .hasMessageContaining("secondFactor.error.wrong");
        secondFactors.verify(renewed.get(0));
    }

    @Test
    void wrongCodesAreThrottledLikeWrongPasswords() {
        var t = tenants.create();
        passwordLogin(t.user("cafadmin"));
        String secret = secondFactors.enrolment().secret();
        String right = code(secret);
        String wrong = right.equals("123456") ? "654321" : "123456";
        var seen = new HashSet<String>();
        for (int i = 0; i < 12 && !seen.contains("secondFactor.error.throttled"); i++) {
            try {
                secondFactors.confirm(wrong);
            } catch (BusinessRuleException e) {
                seen.add(e.getMessageKey());
            }
        }
        assertThat(seen).contains("secondFactor.error.throttled");
        assertThatThrownBy(() -> secondFactors.confirm(right)).as("even the right code waits")
                .hasMessageContaining("secondFactor.error.throttled");
        clock.advance(Duration.ofHours(2));
        assertThat(secondFactors.confirm(code(secret)).recoveryCodes()).hasSize(10);
    }

    @Test
    void aResetMakesTheNextLoginEnrolAgain() {
        var t = tenants.create();
        String admin = t.user("cafadmin");
        passwordLogin(admin);
        String secret = secondFactors.enrolment().secret();
        CtgUser done = secondFactors.confirm(code(secret)).user();

        login.as("admin");
        administration.resetSecondFactor(done.accountId());
        assertThat(journal("SECOND_FACTOR_RESET", done.accountId())).hasSize(1);

        passwordLogin(admin);
        assertThat(secondFactors.enrolled()).isFalse();
        assertThat(secondFactors.enrolment().secret()).isNotEqualTo(secret);

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                done, null, done.getAuthorities()));
        assertThatThrownBy(() -> administration.resetSecondFactor(done.accountId()))
                .hasMessageContaining("account.error.resetSelf");
    }

    private String code(String secret) {
        return SecondFactorService.codeAt(secret, clock.instant());
    }

    private List<String> journal(String kind, long accountId) {
        return jdbc.queryForList("SELECT COALESCE(detail, '') FROM journal_entry WHERE kind = ? AND "
                + "(subject_account_id = ? OR actor_account_id = ?)", String.class, kind, accountId, accountId);
    }
}
