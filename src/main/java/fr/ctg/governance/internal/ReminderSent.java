package fr.ctg.governance.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A reminder e-mail that was sent (its key is unique: never twice). */
@Entity
@Table(name = "reminder_sent")
public class ReminderSent extends AbstractEntity {

    @Column(name = "reminder_key", nullable = false, unique = true, length = 200)
    private String key;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    protected ReminderSent() {
    }

    public ReminderSent(String key, Long accountId) {
        this.key = key;
        this.accountId = accountId;
    }
}
