package fr.ctg.security.internal;

import fr.ctg.security.CtgUser;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person of the portal who logged in through the OpenID Connect provider: the portal's account (what the rest of
 * the application sees, as any {@link CtgUser}) and the provider's tokens (which its logout needs).
 */
public final class SsoUser extends CtgUser implements OidcUser {

    private final OidcUser provided;

    SsoUser(CtgUser account, OidcUser provided) {
        super(account, false);
        this.provided = provided;
    }

    @Override
    public CtgUser with(String newDisplayName, String newLanguage, int newStamp) {
        return new SsoUser(super.with(newDisplayName, newLanguage, newStamp), provided);
    }

    @Override
    public Map<String, Object> getClaims() {
        return provided.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return provided.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return provided.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return provided.getAttributes();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
