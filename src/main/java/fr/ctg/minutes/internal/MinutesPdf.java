package fr.ctg.minutes.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A published PDF of minutes in one language, and its SHA-256, written once: version 1 at publication, a new
 * version with each erratum added afterwards (it carries every erratum so far).
 */
@Entity
@Table(name = "minutes_pdf")
public class MinutesPdf {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false)
    private int errata;

    @Column(name = "created_at")
    private Instant createdAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String sha256;

    protected MinutesPdf() {
    }

    public MinutesPdf(Long minutesId, int version, String language, int errata, Instant createdAt, byte[] content,
                      String sha256) {
        this.minutesId = minutesId;
        this.version = version;
        this.language = language;
        this.errata = errata;
        this.createdAt = createdAt;
        this.content = content;
        this.sha256 = sha256;
    }

    public Long getMinutesId() { return minutesId; }
    public int getVersion() { return version; }
    public String getLanguage() { return language; }
    public int getErrata() { return errata; }
    public Instant getCreatedAt() { return createdAt; }
    public byte[] getContent() { return content; }
    public String getSha256() { return sha256; }
}
