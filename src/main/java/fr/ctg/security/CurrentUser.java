package fr.ctg.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
        org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.getContext();
        // Someone who came through single sign-on stays so (the provider's logout needs their ID token)
        if (context.getAuthentication() instanceof org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken sso
                && updated instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser oidc) {
            context.setAuthentication(new org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken(
                    oidc, updated.getAuthorities(), sso.getAuthorizedClientRegistrationId()));
        } else {
            context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                    .authenticated(updated, null, updated.getAuthorities()));
        }
        com.vaadin.flow.server.VaadinServletRequest request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        if (request != null) {
            jakarta.servlet.http.HttpSession session = request.getHttpServletRequest().getSession(false);
            if (session != null) {
                session.setAttribute(org.springframework.security.web.context.HttpSessionSecurityContextRepository
                        .SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }

    /** Thrown when a service is called without a logged-in person. */
    public static class NotAuthenticatedException extends org.springframework.security.access.AccessDeniedException {
        public NotAuthenticatedException() {
            super("Not authenticated");
        }
    }
}
