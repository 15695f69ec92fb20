package fr.ctg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.ctg.CtgSpringTest;
import fr.ctg.TestClockConfig.MutableClock;
import fr.ctg.TestLogin;
import fr.ctg.admin.TenantFixture;
import fr.ctg.base.SecretTokens;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Forgotten passwords: the same answer whether the account exists or not; an e-mailed single-use link valid one hour,
 * in the person's language, stored hashed; at most three an hour, none while the name is throttled.
 */
@CtgSpringTest
class PasswordResetServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TenantFixture fixture;
    @Autowired TestLogin login;
    @Autowired PasswordResetService resets;
    @Autowired AccountService accounts;
    @Autowired AuthenticationManager authentication;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    TenantFixture.Tenant t;

    @BeforeEach
    void setUp() {
        t = fixture.create();
    }

    @AfterEach
    void tearDown() {
        login.logout();
        clock.reset();
    }

    @Test
    void aLinkByEmailSetsANewPasswordOnceWithinTheHour() throws Exception {
        String reader = t.user("one-reader");
        login.as(reader);
        accounts.chooseLanguage(Locale.ENGLISH);
        login.logout();
        resets.request(reader + "@test.invalid");
        MimeMessage mail = lastMailTo(reader + "@test.invalid");
        assertThat(mail.getSubject()).as("in the person's language").isEqualTo("CTG portal: choose a new password");
        String token = token(mail);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_reset WHERE token_sha256 = ?", Long.class,
                SecretTokens.sha256(token))).as("stored hashed").isOne();

        assertThatThrownBy(() -> resets.reset(token, "motdepasse2026", "motdepasse2026"))
                .hasMessageContaining("account.error.passwordCommon");
        assertThat(resets.reset(token, TestLogin.CHOSEN_PASSWORD, TestLogin.CHOSEN_PASSWORD)).isEqualTo(reader);
        assertThatThrownBy(() -> resets.reset(token, TestLogin.CHOSEN_PASSWORD, TestLogin.CHOSEN_PASSWORD))
                .hasMessageContaining("reset.error.used");
        assertThatThrownBy(() -> login.as(reader, TestLogin.DEMO_PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(login.as(reader, TestLogin.CHOSEN_PASSWORD).isAuthenticated()).isTrue();

        login.logout();
        resets.request(reader);
        String late = token(lastMailTo(reader + "@test.invalid"));
        clock.advance(Duration.ofMinutes(61));
        assertThatThrownBy(() -> resets.check(late)).hasMessageContaining("reset.error.expired");
        assertThatThrownBy(() -> resets.check("n-importe-quoi")).hasMessageContaining("reset.error.invalid");
    }

    @Test
    void theAnswerNeverTellsWhetherAnAccountExistsAndTheThrottleApplies() {
        int before = greenMail.getReceivedMessages().length;
        resets.request("personne-" + t.prefix() + "@nulle-part.test");
        resets.request("");
        resets.request(null);
        assertThat(greenMail.getReceivedMessages()).as("no account, no e-mail, no exception").hasSize(before);

        String secretariat = t.user("one-secretariat");
        for (int i = 0; i < 5; i++) {
            resets.request(secretariat);
        }
        assertThat(mailsTo(secretariat + "@test.invalid")).as("three an hour at most").isEqualTo(3);

        String other = t.user("two-reader");
        for (int i = 0; i < 5; i++) {
            try {
                authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(other, "mauvais-mot-de-passe"));
            } catch (RuntimeException expected) {
                // counted by the throttle
            }
        }
        resets.request(other);
        assertThat(mailsTo(other + "@test.invalid")).as("none while the name is throttled").isZero();
    }

    private long mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).count();
    }

    private static MimeMessage lastMailTo(String address) {
        List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
        assertThat(found).isNotEmpty();
        return found.getLast();
    }

    private static String token(MimeMessage mail) {
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = Pattern.compile("/reinitialisation/([A-Za-z0-9_-]{20,})").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }
}
