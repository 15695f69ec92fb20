package fr.ctg.lifecycle.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The termination of a convention by one of its parties (Article 10). */
@Entity
@Table(name = "convention_termination")
public class ConventionTermination extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private long conventionId;
    @Column(name = "requesting_party_id", nullable = false)
    private long requestingPartyId;
    @Column(name = "letter_sent_on", nullable = false)
    private LocalDate letterSentOn;
    @Column(name = "ar_number", nullable = false, length = 50)
    private String arNumber;
    @Column(name = "scan_document_id")
    private Long scanDocumentId;
    @Column(name = "notice_months", nullable = false)
    private int noticeMonths;
    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;
    @Column(columnDefinition = "TEXT")
    private String reason;

    protected ConventionTermination() {
    }

    public ConventionTermination(long conventionId, long requestingPartyId, LocalDate letterSentOn, String arNumber,
                                 Long scanDocumentId, int noticeMonths, LocalDate effectiveOn, String reason) {
        this.conventionId = conventionId;
        this.requestingPartyId = requestingPartyId;
        this.letterSentOn = letterSentOn;
        this.arNumber = arNumber;
        this.scanDocumentId = scanDocumentId;
        this.noticeMonths = noticeMonths;
        this.effectiveOn = effectiveOn;
        this.reason = reason;
    }

    public long getConventionId() { return conventionId; }
    public long getRequestingPartyId() { return requestingPartyId; }
    public LocalDate getLetterSentOn() { return letterSentOn; }
    public String getArNumber() { return arNumber; }
    public Long getScanDocumentId() { return scanDocumentId; }
    public int getNoticeMonths() { return noticeMonths; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public String getReason() { return reason; }
}
