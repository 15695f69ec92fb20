package fr.ctg.minutes.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The published PDF and its SHA-256, written once at publication. */
@Entity
@Table(name = "minutes_pdf")
public class MinutesPdf {

    @Id
    @Column(name = "minutes_id")
    private Long minutesId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String sha256;

    protected MinutesPdf() {
    }

    public MinutesPdf(Long minutesId, byte[] content, String sha256) {
        this.minutesId = minutesId;
        this.content = content;
        this.sha256 = sha256;
    }

    public Long getMinutesId() { return minutesId; }
    public byte[] getContent() { return content; }
    public String getSha256() { return sha256; }
}
