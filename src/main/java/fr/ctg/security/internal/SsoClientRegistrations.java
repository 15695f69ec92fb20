package fr.ctg.security.internal;

import fr.ctg.security.SsoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one provider, read from its discovery document ({@code /.well-known/openid-configuration}) the first time it is
 * needed rather than at start-up: the portal starts, and password logins go on, while the provider is unreachable;
 * the discovery is tried again at the next single sign-on until it succeeds.
 */
public final class SsoClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(SsoClientRegistrations.class);

    private final SsoSettings settings;
    private volatile ClientRegistration registration;

    public SsoClientRegistrations(SsoSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!settings.enabled() || !SsoSettings.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registration == null) {
                try {
                    registration = ClientRegistrations.fromIssuerLocation(settings.issuer().strip())
                            .registrationId(SsoSettings.REGISTRATION_ID)
                            .clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .scope(settings.scopes())
                            .clientName(settings.name())
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .build();
                } catch (RuntimeException e) {
                    log.warn("The OpenID Connect provider {} cannot be read now: {}", settings.issuer(), e.toString());
                    return null;
                }
            }
            return registration;
        }
    }
}
