package fr.ctg.security.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first-start address that creates the first platform administrator (single use, 24 hours). */
@Entity
@Table(name = "setup_token")
public class SetupToken extends AbstractEntity {

    @Column(name = "token_sha256", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String tokenSha256;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected SetupToken() {
    }

    public SetupToken(String tokenSha256, Instant expiresAt) {
        this.tokenSha256 = tokenSha256;
        this.expiresAt = expiresAt;
    }

    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }

    public void use(Instant at) {
        this.usedAt = at;
    }
}
