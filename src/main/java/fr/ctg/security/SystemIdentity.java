package fr.ctg.security;

import fr.ctg.base.TimeConfig;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (the demo loader, scheduled jobs) as the platform itself, so that it goes
 * through the same services and access checks as people do.
 */
public final class SystemIdentity {

    private SystemIdentity() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        CtgUser system = new CtgUser(0, TimeConfig.SYSTEM_AUDITOR, "Portail CTG", null, true, true, false);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
