package fr.ctg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestClockConfig.MutableClock;
import fr.ctg.TestLogin;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Passwords are checked against their hash; five failures in fifteen minutes throttle the name. */
@CtgSpringTest
class LoginThrottleTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Authentication attempt(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void theRightPasswordLogsIn() {
        Authentication auth = attempt("lecteur", TestLogin.DEMO_PASSWORD);
        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(((CtgUser) auth.getPrincipal()).displayName()).isEqualTo("Léon Lecteur");
        assertThat(((CtgUser) auth.getPrincipal()).getPassword()).as("credentials erased after login").isNull();
    }

    @Test
    void unknownNamesAndWrongPasswordsFailTheSameWay() {
        assertThatThrownBy(() -> attempt("nobody", "whatever-password")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("suivi", "wrong-password")).isInstanceOf(BadCredentialsException.class);
        attempt("suivi", TestLogin.DEMO_PASSWORD); // clears the count
    }

    @Test
    void fiveFailuresInFifteenMinutesThrottleTheAccountUntilTheyAgeOut() {
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(2));
            assertThatThrownBy(() -> attempt("referent", "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        // the sixth attempt is refused even with the right password
        assertThatThrownBy(() -> attempt("referent", TestLogin.DEMO_PASSWORD))
                .isInstanceOf(LockedException.class).isInstanceOf(AuthenticationException.class);
        // still refused 15 minutes after the first failure (all five are within the window)...
        clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> attempt("referent", TestLogin.DEMO_PASSWORD)).isInstanceOf(LockedException.class);
        // ...but once the first failure is more than 15 minutes old, only four remain: allowed again
        clock.advance(Duration.ofMinutes(2));
        assertThat(attempt("referent", TestLogin.DEMO_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void fourFailuresDoNotThrottleAndASuccessResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("secretariat", "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt("secretariat", TestLogin.DEMO_PASSWORD).isAuthenticated()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("secretariat", "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt("secretariat", TestLogin.DEMO_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void theNameIsCountedWhateverItsCaseAsLoggingInIgnoresCase() {
        for (String typed : new String[] {"Association", "ASSOCIATION", " association ", "assOciation", "association"}) {
            assertThatThrownBy(() -> attempt(typed, "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("ASSOCIATION", TestLogin.DEMO_PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(16));
        assertThat(attempt("Association", TestLogin.DEMO_PASSWORD).isAuthenticated()).isTrue();
    }
}
