package fr.ctg;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the UI tests: a Vaadin UI in the test's thread (Karibu), on the real Spring context. Spring
 * Security's filters do not run here, so the fake request takes the person from the security context
 * (which {@link TestLogin} fills with the real password check), as the filter would.
 */
@CtgSpringTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected TestLogin login;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = AppRoutes.get();
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.INSTANCE.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null && auth.isAuthenticated() ? auth : null;
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role));
            }
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        login.logout();
    }

    /** Logs in as a demo person and opens a page, as they would after the login form. */
    protected void loginAndOpen(String username, String route) {
        login.as(username);
        // A login starts a new HTTP and Vaadin session (Spring Security's session fixation protection): nothing of
        // the previous person's pages or selected convention carries over.
        MockVaadin.tearDown();
        setUpVaadin();
        UI.getCurrent().navigate(route);
    }
}
