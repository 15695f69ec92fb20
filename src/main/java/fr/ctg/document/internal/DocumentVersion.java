package fr.ctg.document.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One uploaded file of a document: who (audit columns), when, its names, size and SHA-256. */
@Entity
@Table(name = "document_version")
public class DocumentVersion extends AbstractEntity {

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "original_name", nullable = false, length = 1000)
    private String originalName;

    @Column(name = "safe_name", nullable = false, length = 255)
    private String safeName;

    @Column(name = "storage_key", nullable = false, length = 100, unique = true)
    private String storageKey;

    @Column(name = "content_type", nullable = false, length = 150)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    protected DocumentVersion() {
    }

    public DocumentVersion(Long documentId, Long conventionId, int number, String originalName, String safeName,
                           String storageKey, String contentType, long sizeBytes, String sha256) {
        this.documentId = documentId;
        this.conventionId = conventionId;
        this.number = number;
        this.originalName = originalName;
        this.safeName = safeName;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    public Long getDocumentId() { return documentId; }
    public Long getConventionId() { return conventionId; }
    public int getNumber() { return number; }
    public String getOriginalName() { return originalName; }
    public String getSafeName() { return safeName; }
    public String getStorageKey() { return storageKey; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
}
