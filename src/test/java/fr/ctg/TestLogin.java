package fr.ctg;

import fr.ctg.security.CtgUser;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Logs a demo person in the way the login form does (their user name and password through the
 * application's AuthenticationManager), for service and UI tests.
 */
@TestComponent
public class TestLogin {

    public static final String DEMO_PASSWORD = "ctg-demo-2026";
    /**
     * What people who accept an invitation in tests choose (the demo password is refused to them: it is on the list
     * of common passwords); {@link #as} knows it for the accounts registered with {@link #chose}.
     */
    public static final String CHOSEN_PASSWORD = "Lombez-Samatan-2026!";
    private static final Map<String, String> CHOSEN = new ConcurrentHashMap<>();

    private final AuthenticationManager authenticationManager;

    TestLogin(AuthenticationManager authenticationManager) {
        this.authenticationManager = authenticationManager;
    }

    /** Remembers that this account's password is {@link #CHOSEN_PASSWORD} (it accepted an invitation). */
    public static String chose(String username) {
        CHOSEN.put(username.toLowerCase(Locale.ROOT), CHOSEN_PASSWORD);
        return username;
    }

    public Authentication as(String username) {
        return as(username, CHOSEN.getOrDefault(username.toLowerCase(Locale.ROOT), DEMO_PASSWORD));
    }

    public Authentication as(String username, String password) {
        Authentication auth = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        if (auth.getPrincipal() instanceof CtgUser user && user.isAwaitingSecondFactor()) {
            // An administrator: the password was right; the second factor is taken as given here (its own tests,
            // SecondFactorServiceTest and SecondFactorViewTest, go through it with computed codes)
            CtgUser full = user.secondFactorGiven();
            auth = UsernamePasswordAuthenticationToken.authenticated(full, null, full.getAuthorities());
        }
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
