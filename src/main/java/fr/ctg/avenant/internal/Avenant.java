package fr.ctg.avenant.internal;

import fr.ctg.avenant.AvenantStatus;
import fr.ctg.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An avenant to a convention: its own text, the modifications it carries, its course to signature. */
@Entity
@Table(name = "avenant")
public class Avenant extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private long conventionId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AvenantStatus status = AvenantStatus.DRAFT;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String preamble;

    @Column(columnDefinition = "TEXT")
    private String justification;

    @Column(name = "justification_minutes_id")
    private Long justificationMinutesId;

    @Column(name = "justification_document_id")
    private Long justificationDocumentId;

    @Column(name = "baseline_id", nullable = false)
    private long baselineId;

    @Column(name = "head_revision")
    private Long headRevision;

    @Column(name = "circulated_at")
    private Instant circulatedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by_name", length = 200)
    private String approvedByName;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "signed_document_id")
    private Long signedDocumentId;

    @ElementCollection
    @CollectionTable(name = "avenant_change_key", joinColumns = @JoinColumn(name = "avenant_id"))
    @Column(name = "change_key", nullable = false, length = 100)
    private Set<String> changeKeys = new LinkedHashSet<>();

    protected Avenant() {
    }

    public Avenant(long conventionId, int number, String title, long baselineId) {
        this.conventionId = conventionId;
        this.number = number;
        this.title = title;
        this.baselineId = baselineId;
    }

    public long getConventionId() { return conventionId; }
    public int getNumber() { return number; }
    public AvenantStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public String getPreamble() { return preamble; }
    public String getJustification() { return justification; }
    public Long getJustificationMinutesId() { return justificationMinutesId; }
    public Long getJustificationDocumentId() { return justificationDocumentId; }
    public long getBaselineId() { return baselineId; }
    public Long getHeadRevision() { return headRevision; }
    public Instant getCirculatedAt() { return circulatedAt; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedByName() { return approvedByName; }
    public LocalDate getSignedOn() { return signedOn; }
    public Long getSignedDocumentId() { return signedDocumentId; }
    public Set<String> getChangeKeys() { return changeKeys; }

    public void editText(String title, String preamble, String justification, Long minutesId, Long documentId) {
        this.title = title;
        this.preamble = preamble;
        this.justification = justification;
        this.justificationMinutesId = minutesId;
        this.justificationDocumentId = documentId;
    }

    public void choose(Set<String> keys) {
        changeKeys.clear();
        changeKeys.addAll(keys);
    }

    public void circulate(Instant at) {
        this.status = AvenantStatus.CIRCULATED;
        this.circulatedAt = at;
    }

    public void approve(long headRevision, Instant at, String byName) {
        this.status = AvenantStatus.APPROVED;
        this.headRevision = headRevision;
        this.approvedAt = at;
        this.approvedByName = byName;
    }

    public void sign(LocalDate on, long documentId) {
        this.status = AvenantStatus.SIGNED;
        this.signedOn = on;
        this.signedDocumentId = documentId;
    }
}
