package fr.ctg.security;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Who is calling: read from Spring Security's context, never from the UI. */
@Component
public class CurrentUser {

    /** The logged-in person; empty for nobody, and for someone whose second factor is still asked. */
    public Optional<CtgUser> get() {
        return principal().filter(user -> !user.isAwaitingSecondFactor());
    }

    /** The person whose password was right and whose second factor is asked now, if that is the caller. */
    public Optional<CtgUser> awaitingSecondFactor() {
        return principal().filter(CtgUser::isAwaitingSecondFactor);
    }

    private static Optional<CtgUser> principal() {
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

    /**
     * After the person changed their name, language or password: this session goes on as the updated person (the
     * security context of the session is replaced; other sessions end at their next request if the stamp moved).
     */
    public void replace(CtgUser updated) {
        SecurityContext context = SecurityContextHolder.getContext();
        // Someone who came through single sign-on stays so (the provider's logout needs their ID token)
        if (context.getAuthentication() instanceof OAuth2AuthenticationToken sso
                && updated instanceof OidcUser oidc) {
            context.setAuthentication(new OAuth2AuthenticationToken(
                    oidc, updated.getAuthorities(), sso.getAuthorizedClientRegistrationId()));
        } else {
            context.setAuthentication(UsernamePasswordAuthenticationToken
                    .authenticated(updated, null, updated.getAuthorities()));
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            HttpSession session = request.getHttpServletRequest().getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository
                        .SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }

    /** Thrown when a service is called without a logged-in person. */
    public static class NotAuthenticatedException extends AccessDeniedException {
        public NotAuthenticatedException() {
            super("Not authenticated");
        }
    }
}
