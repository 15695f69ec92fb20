package fr.ctg.governance.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person's iCal feed secret, kept as its SHA-256 only. */
@Entity
@Table(name = "calendar_token")
public class CalendarToken extends AbstractEntity {

    @Column(name = "account_id", nullable = false, unique = true)
    private Long accountId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    protected CalendarToken() {
    }

    public CalendarToken(Long accountId, String tokenHash) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
    }

    public Long getAccountId() {
        return accountId;
    }
}
