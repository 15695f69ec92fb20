package fr.ctg.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on through an OpenID Connect provider (ProConnect or any other), set by environment variables
 * ({@code CTG_SSO_ISSUER}, {@code CTG_SSO_CLIENT_ID}, {@code CTG_SSO_CLIENT_SECRET}, {@code CTG_SSO_SCOPES},
 * {@code CTG_SSO_NAME}, {@code CTG_SSO_REQUIRE_VERIFIED_EMAIL}); off while no issuer is set.
 *
 * @param name                 what the login page's button says ("Se connecter avec ProConnect")
 * @param requireVerifiedEmail refuse an ID token whose {@code email_verified} claim is not {@code true}; a federation
 *                             that only hands out e-mails it checked (ProConnect) may set it to {@code false}
 */
@ConfigurationProperties("ctg.sso")
public record SsoSettings(String issuer, String clientId, String clientSecret, List<String> scopes, String name,
                          boolean requireVerifiedEmail) {

    /** The registration id, in the portal's addresses ({@code /oauth2/authorization/sso}, {@code /login/oauth2/code/sso}). */
    public static final String REGISTRATION_ID = "sso";

    public boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }

    /** Where the login page's button leads (a full page load: the provider's page, then back). */
    public String loginPath() {
        return "oauth2/authorization/" + REGISTRATION_ID;
    }
}
