package fr.ctg.minutes.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A read receipt: the account opened the circulated draft (first time kept, as {@code createdAt}). */
@Entity
@Table(name = "minutes_read")
public class MinutesRead extends AbstractEntity {

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    protected MinutesRead() {
    }

    public MinutesRead(Long minutesId, Long accountId) {
        this.minutesId = minutesId;
        this.accountId = accountId;
    }

    public Long getMinutesId() { return minutesId; }
    public Long getAccountId() { return accountId; }
}
