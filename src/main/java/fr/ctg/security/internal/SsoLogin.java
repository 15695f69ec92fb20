package fr.ctg.security.internal;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import fr.ctg.security.SsoSettings;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * The single sign-on part of the security configuration: Spring Security's OAuth2 login (authorization code flow,
 * PKCE, nonce and ID-token checks are the library's), the portal's account matching ({@link SsoAccounts}), the login
 * page's messages on refusal, and a logout that also ends the session at the provider (OpenID Connect RP-initiated
 * logout) for whoever came through it.
 */
@Component
public class SsoLogin {

    private static final Logger log = LoggerFactory.getLogger(SsoLogin.class);
    private static final UidlRedirectStrategy REDIRECTS = new UidlRedirectStrategy();

    private final SsoSettings settings;
    private final SsoClientRegistrations registrations;
    private final SsoAccounts matcher;

    SsoLogin(SsoSettings settings, SsoAccounts matcher) {
        this.settings = settings;
        this.registrations = new SsoClientRegistrations(settings);
        this.matcher = matcher;
    }

    public void configure(HttpSecurity http) throws Exception {
        if (!settings.enabled()) {
            return;
        }
        http.oauth2Login(oauth -> oauth
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(info -> info.oidcUserService(userService()))
                .defaultSuccessUrl("/", true)
                .failureHandler((request, response, e) -> response.sendRedirect(
                        request.getContextPath() + "/login?sso=" + refusalCode(e))));
    }

    /**
     * What turns the provider's code into the portal's person (token request, ID token checks, then
     * {@link SsoAccounts}): in the portal's authentication manager, beside the password login; empty when off.
     */
    public Optional<AuthenticationProvider> authenticationProvider() {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        return Optional.of(new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(),
                userService()));
    }

    /** Ends the provider's session too when the person came through it; otherwise back to the portal's start. */
    public LogoutSuccessHandler logoutSuccessHandler() {
        SimpleUrlLogoutSuccessHandler plain = new SimpleUrlLogoutSuccessHandler() {
            @Override
            protected void handle(HttpServletRequest request, HttpServletResponse response,
                                  Authentication authentication) throws IOException, ServletException {
                redirect(request, response, determineTargetUrl(request, response, authentication));
            }
        };
                plain.setRedirectStrategy(REDIRECTS);
        plain.setDefaultTargetUrl("/");
        if (!settings.enabled()) {
            return plain;
        }
        OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(registrations) {
            @Override
            protected void handle(HttpServletRequest request, HttpServletResponse response,
                                  Authentication authentication) throws IOException, ServletException {
                redirect(request, response, determineTargetUrl(request, response, authentication));
            }
        };
                // Vaadin logs out within one of its own requests: the redirect is a page location change (a plain 302 would
        // be followed by its XHR, across origins, and lost)
        provider.setRedirectStrategy(REDIRECTS);
        provider.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser) {
                provider.onLogoutSuccess(request, response, authentication);
            } else {
                plain.onLogoutSuccess(request, response, authentication);
            }
        };
    }

    /** Vaadin logs out within its own request and may have no response at hand (its redirect strategy copes). */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException {
        if (response != null && response.isCommitted()) {
            return;
        }
        REDIRECTS.sendRedirect(request, response, target);
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser provided = standard.loadUser(request);
            SsoAccounts.Match match = matcher.match(provided);
            if (match.refusal() != null) {
                throw new OAuth2AuthenticationException(new OAuth2Error(match.refusal().code()));
            }
            return match.user();
        };
    }

    private static String refusalCode(Exception e) {
        if (e instanceof OAuth2AuthenticationException oauth && oauth.getError().getErrorCode().startsWith("ctg_")) {
            return oauth.getError().getErrorCode().substring(4);
        }
        log.warn("Single sign-on did not succeed: {}", e.toString());
        return "failed";
    }
}
