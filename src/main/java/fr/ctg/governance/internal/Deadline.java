package fr.ctg.governance.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.governance.DeadlineKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A deadline of a convention, possibly derived from a meeting by a rule. */
@Entity
@Table(name = "deadline")
public class Deadline extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private DeadlineKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "rule_id")
    private Long ruleId;

    @Column(name = "owner_account_id")
    private Long ownerAccountId;

    @Column(nullable = false)
    private boolean done;

    @Column(nullable = false)
    private boolean cancelled;

    protected Deadline() {
    }

    public Deadline(Long conventionId, DeadlineKind kind, String title, LocalDate dueDate, Long meetingId, Long ruleId) {
        this.conventionId = conventionId;
        this.kind = kind;
        this.title = title;
        this.dueDate = dueDate;
        this.meetingId = meetingId;
        this.ruleId = ruleId;
    }

    /** Its rule was removed: the deadline stays, no longer derived. */
    public void detachFromRule() {
        this.ruleId = null;
    }

    public void moveTo(LocalDate date) {
        this.dueDate = date;
    }

    public void setOwnerAccountId(Long ownerAccountId) {
        this.ownerAccountId = ownerAccountId;
    }

    public void markDone() {
        this.done = true;
    }

    public void cancel() {
        this.cancelled = true;
    }

    public Long getConventionId() { return conventionId; }
    public DeadlineKind getKind() { return kind; }
    public String getTitle() { return title; }
    public LocalDate getDueDate() { return dueDate; }
    public Long getMeetingId() { return meetingId; }
    public Long getRuleId() { return ruleId; }
    public Long getOwnerAccountId() { return ownerAccountId; }
    public boolean isDone() { return done; }
    public boolean isCancelled() { return cancelled; }
}
