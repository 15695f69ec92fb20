package fr.ctg.journal.internal;

import fr.ctg.base.journal.JournalKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the audit journal, read-only (rows are inserted by {@link JournalWriter}; the table refuses updates). */
@Entity
@Immutable
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private JournalKind kind;
    @Column(name = "actor_account_id")
    private Long actorAccountId;
    @Column(name = "actor_label", length = 200)
    private String actorLabel;
    @Column(name = "convention_id")
    private Long conventionId;
    @Column(name = "caf_id")
    private Long cafId;
    @Column(name = "subject_account_id")
    private Long subjectAccountId;
    @Column(length = 1000)
    private String detail;
    @Column(name = "client_address", length = 45)
    private String clientAddress;

    protected JournalEntry() {
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public JournalKind getKind() { return kind; }
    public Long getActorAccountId() { return actorAccountId; }
    public String getActorLabel() { return actorLabel; }
    public Long getConventionId() { return conventionId; }
    public Long getCafId() { return cafId; }
    public Long getSubjectAccountId() { return subjectAccountId; }
    public String getDetail() { return detail; }
    public String getClientAddress() { return clientAddress; }
}
