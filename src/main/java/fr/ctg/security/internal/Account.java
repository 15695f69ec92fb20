package fr.ctg.security.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person who can log in. An erased person's row stays as a tombstone without personal data (name "Personne
 * supprimée n°N", no e-mail, no usable password), so that the history that points at it stays whole.
 */
@Entity
@Table(name = "account")
public class Account extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(length = 200)
    private String organisation;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false, length = 5)
    private String language = "fr";

    @Column(name = "home_caf_id")
    private Long homeCafId;

    @Column(name = "session_stamp", nullable = false)
    private int sessionStamp;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected Account() {
    }

    public Account(String username, String displayName, String email, String organisation,
                   String passwordHash, boolean platformAdmin) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.organisation = organisation;
        this.passwordHash = passwordHash;
        this.platformAdmin = platformAdmin;
    }

    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public String getOrganisation() { return organisation; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isPlatformAdmin() { return platformAdmin; }
    public boolean isEnabled() { return enabled; }
    public String getLanguage() { return language; }
    public Long getHomeCafId() { return homeCafId; }
    public int getSessionStamp() { return sessionStamp; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public boolean isDemo() { return demo; }
    public Instant getErasedAt() { return erasedAt; }

    public boolean isErased() {
        return erasedAt != null;
    }

    public void setProfile(String displayName, String email, String organisation, String language) {
        this.displayName = displayName;
        this.email = email;
        this.organisation = organisation;
        this.language = language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public void setHomeCafId(Long homeCafId) {
        this.homeCafId = homeCafId;
    }

    public void markDemo() {
        this.demo = true;
    }

    /** A new password: every other session of this person ends at its next request. */
    public void changePassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
        this.sessionStamp++;
    }

    /**
     * The password can no longer be used (forgotten-password link needed); sessions end. {@code unusableHash} is
     * the hash of a random secret nobody knows.
     */
    public void invalidatePassword(String unusableHash) {
        this.passwordHash = unusableHash;
        this.sessionStamp++;
    }

    public void disable() {
        this.enabled = false;
        this.sessionStamp++;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Erasure: only the tombstone stays. */
    public void erase(String pseudonym, Instant at, String unusableHash) {
        this.username = "supprime-" + getId();
        this.displayName = pseudonym;
        this.email = null;
        this.organisation = null;
        this.passwordHash = unusableHash;
        this.platformAdmin = false;
        this.enabled = false;
        this.homeCafId = null;
        this.lastLoginAt = null;
        this.passwordChangedAt = null;
        this.erasedAt = at;
        this.sessionStamp++;
    }
}
