package fr.ctg.security.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person who can log in. */
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

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
