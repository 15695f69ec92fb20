package fr.ctg.security;

import fr.ctg.base.audit.HasDisplayName;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person as Spring Security knows them. Authorities only say "a user" and, for the
 * platform administrator, "ADMIN": what a person may do in a convention is decided per convention by
 * {@link ConventionAccess}.
 */
public final class CtgUser implements UserDetails, CredentialsContainer, HasDisplayName {

    public static final String ROLE_USER = "ROLE_USER";
    public static final String ROLE_PLATFORM_ADMIN = "ROLE_ADMIN";

    private final long accountId;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean platformAdmin;
    private final boolean enabled;
    private final boolean throttled;

    public CtgUser(long accountId, String username, String displayName, String passwordHash,
                   boolean platformAdmin, boolean enabled, boolean throttled) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.platformAdmin = platformAdmin;
        this.enabled = enabled;
        this.throttled = throttled;
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public boolean platformAdmin() {
        return platformAdmin;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return platformAdmin
                ? List.of(new SimpleGrantedAuthority(ROLE_USER), new SimpleGrantedAuthority(ROLE_PLATFORM_ADMIN))
                : List.of(new SimpleGrantedAuthority(ROLE_USER));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !throttled;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
