package fr.ctg.governance.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person convened to one meeting: the SHA-256 of their personal answer link (a new e-mail replaces the link),
 * when it was sent, first opened and answered.
 */
@Entity
@Table(name = "convocation")
public class Convocation extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Convocation() {
    }

    public Convocation(Long meetingId, Long accountId, String tokenHash, Instant sentAt) {
        this.meetingId = meetingId;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.sentAt = sentAt;
    }

    /** A new e-mail: a new link (the previous one stops working); {@code reopen} lets the person answer again. */
    public void resend(String newTokenHash, Instant at, boolean reopen) {
        this.tokenHash = newTokenHash;
        this.sentAt = at;
        if (reopen) {
            this.answeredAt = null;
        }
    }

    public void reminded(String newTokenHash, Instant at) {
        this.tokenHash = newTokenHash;
        this.remindedAt = at;
    }

    public void opened(Instant at) {
        if (openedAt == null) {
            openedAt = at;
        }
    }

    public void answered(Instant at) {
        this.answeredAt = at;
    }

    public Long getMeetingId() { return meetingId; }
    public Long getAccountId() { return accountId; }
    public Instant getSentAt() { return sentAt; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getRemindedAt() { return remindedAt; }
}
