package fr.ctg;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One person with their own browser tab, simulated by Karibu in a thread of their own (Karibu keeps
 * its Vaadin session and UI per thread, Spring Security its login per thread). Pushes from other
 * people reach this UI through {@code ui.access}, run when this user's "browser" next talks to the
 * server ({@link #roundtrip()}), as push would.
 */
public final class SimulatedUser implements AutoCloseable {

    private static Routes routes;
    private final ExecutorService thread;
    private final String username;

    public SimulatedUser(ApplicationContext context, TestLogin login, String username) {
        this.username = username;
        this.thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "user-" + username));
        run(() -> {
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
                            .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
                }
            });
            login.as(username);
            MockVaadin.setup(UI::new, new MockSpringServlet(routes(), context, UI::new));
        });
    }

    static synchronized Routes routes() {
        if (routes == null) {
            routes = AppRoutes.get();
        }
        return routes;
    }

    public String username() {
        return username;
    }

    /** Does something in this person's tab (clicks, typing, reading). */
    public void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    public <T> T call(Callable<T> action) {
        try {
            return thread.submit(action).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The browser talks to the server: pending pushes for this UI are applied. */
    public void roundtrip() {
        run(MockVaadin::runUIQueue);
    }

    /** Waits (up to 5 s, doing round trips) until what this person sees satisfies the condition. */
    public <T> T await(Supplier<T> read, Predicate<T> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        T value;
        do {
            roundtrip();
            value = call(read::get);
            if (condition.test(value)) {
                return value;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError(username + " never saw the expected state; last seen: " + value);
    }

    /** Closes the tab: the UI detaches and the session ends. */
    @Override
    public void close() {
        try {
            run(() -> {
                MockVaadin.tearDown();
                SecurityContextHolder.clearContext();
            });
        } finally {
            thread.shutdownNow();
        }
    }
}
