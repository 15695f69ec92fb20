package fr.ctg.security.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A forgotten-password link (single use, one hour); only the SHA-256 of its secret is kept. */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private Long accountId;
    @Column(name = "token_sha256", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String tokenSha256;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(Long accountId, String tokenSha256, Instant expiresAt) {
        this.accountId = accountId;
        this.tokenSha256 = tokenSha256;
        this.expiresAt = expiresAt;
    }

    public Long getAccountId() { return accountId; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }

    public void use(Instant at) {
        this.usedAt = at;
    }
}
