package fr.ctg;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Logs a demo person in the way the login form does (their user name and password through the
 * application's AuthenticationManager), for service and UI tests.
 */
@org.springframework.boot.test.context.TestComponent
public class TestLogin {

    public static final String DEMO_PASSWORD = "ctg-demo-2026";

    private final AuthenticationManager authenticationManager;

    TestLogin(AuthenticationManager authenticationManager) {
        this.authenticationManager = authenticationManager;
    }

    public Authentication as(String username) {
        Authentication auth = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, DEMO_PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
