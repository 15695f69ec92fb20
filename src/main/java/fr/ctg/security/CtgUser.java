package fr.ctg.security;

import fr.ctg.base.audit.HasDisplayName;
import fr.ctg.base.i18n.HasLocale;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person as Spring Security knows them. Authorities only say "a user" and, for the
 * platform administrator, "ADMIN": what a person may do in a convention is decided per convention by
 * {@link ConventionAccessService}.
 */
public class CtgUser implements UserDetails, CredentialsContainer, HasDisplayName, HasLocale {

    public static final String ROLE_USER = "ROLE_USER";
    public static final String ROLE_PLATFORM_ADMIN = "ROLE_ADMIN";
    /** The only authority of someone whose password was right but whose second factor is still asked. */
    public static final String ROLE_AWAITING_SECOND_FACTOR = "ROLE_AWAITING_SECOND_FACTOR";

    private final long accountId;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean platformAdmin;
    private final boolean enabled;
    private final boolean throttled;
    private final int sessionStamp;
    private final String language;
    private final boolean awaitingSecondFactor;

    public CtgUser(long accountId, String username, String displayName, String passwordHash,
                   boolean platformAdmin, boolean enabled, boolean throttled) {
        this(accountId, username, displayName, passwordHash, platformAdmin, enabled, throttled, 0, "fr");
    }

    /**
     * @param sessionStamp the account's stamp when this person logged in: a session whose stamp is older (password
     *                     changed, account disabled) ends at its next request
     * @param language     {@code fr} or {@code en}: the UI and every e-mail to this person
     */
    public CtgUser(long accountId, String username, String displayName, String passwordHash,
                   boolean platformAdmin, boolean enabled, boolean throttled, int sessionStamp, String language) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.platformAdmin = platformAdmin;
        this.enabled = enabled;
        this.throttled = throttled;
        this.sessionStamp = sessionStamp;
        this.language = language;
        this.awaitingSecondFactor = false;
    }

    /** A copy of {@code other}, awaiting its second factor or not (for subclasses: the same person logged in otherwise). */
    protected CtgUser(CtgUser other, boolean awaitingSecondFactor) {
        this.accountId = other.accountId;
        this.username = other.username;
        this.displayName = other.displayName;
        this.passwordHash = null;
        this.platformAdmin = other.platformAdmin;
        this.enabled = other.enabled;
        this.throttled = other.throttled;
        this.sessionStamp = other.sessionStamp;
        this.language = other.language;
        this.awaitingSecondFactor = awaitingSecondFactor;
    }

    /**
     * The same person after a right password, before the second factor: no authority but
     * {@link #ROLE_AWAITING_SECOND_FACTOR}, and {@link CurrentUser#get()} does not see them.
     */
    public CtgUser awaitingSecondFactor() {
        return new CtgUser(this, true);
    }

    /** The same person once the second factor was given. */
    public CtgUser secondFactorGiven() {
        return new CtgUser(this, false);
    }

    public boolean isAwaitingSecondFactor() {
        return awaitingSecondFactor;
    }

    public int sessionStamp() {
        return sessionStamp;
    }

    @Override
    public Locale locale() {
        return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** The same person with a new name, language and stamp (after they changed them). */
    public CtgUser with(String newDisplayName, String newLanguage, int newStamp) {
        return new CtgUser(accountId, username, newDisplayName, null, platformAdmin, enabled, false, newStamp,
                newLanguage);
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
        if (awaitingSecondFactor) {
            return List.of(new SimpleGrantedAuthority(ROLE_AWAITING_SECOND_FACTOR));
        }
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
