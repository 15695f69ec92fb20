package fr.ctg.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: read from Spring Security's context, never from the UI. */
@Component
public class CurrentUser {

    public Optional<CtgUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof CtgUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The caller, or {@link NotAuthenticatedException} when nobody is logged in. */
    public CtgUser require() {
        return get().orElseThrow(NotAuthenticatedException::new);
    }

    /** Thrown when a service is called without a logged-in person. */
    public static class NotAuthenticatedException extends org.springframework.security.access.AccessDeniedException {
        public NotAuthenticatedException() {
            super("Not authenticated");
        }
    }
}
