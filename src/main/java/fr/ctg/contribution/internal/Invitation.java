package fr.ctg.contribution.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use invitation to contribute for an organisation; only the SHA-256 of its secret is kept. */
@Entity
@Table(name = "invitation")
public class Invitation extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;
    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;
    @Column(nullable = false, length = 200)
    private String email;
    @Column(name = "token_sha256", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String tokenSha256;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {
    }

    public Invitation(Long conventionId, Long organisationId, String email, String tokenSha256, Instant expiresAt) {
        this.conventionId = conventionId;
        this.organisationId = organisationId;
        this.email = email;
        this.tokenSha256 = tokenSha256;
        this.expiresAt = expiresAt;
    }

    public void use(Instant at) {
        this.usedAt = at;
    }

    public void revoke(Instant at) {
        this.revokedAt = at;
    }

    public Long getConventionId() { return conventionId; }
    public Long getOrganisationId() { return organisationId; }
    public String getEmail() { return email; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
