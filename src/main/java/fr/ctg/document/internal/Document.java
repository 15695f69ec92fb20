package fr.ctg.document.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.IssuingBody;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document of a convention (a deliberation when {@code kind} says so); its files are its versions. */
@Entity
@Table(name = "document")
public class Document extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "issuing_body", length = 40)
    private IssuingBody issuingBody;

    @Column(name = "deliberation_number", length = 50)
    private String number;

    @Column(name = "session_date")
    private LocalDate sessionDate;

    @Column(name = "session_year")
    private Integer sessionYear;

    @Column(name = "transmitted_on")
    private LocalDate transmittedOn;

    @Column(name = "public_url", length = 500)
    private String publicUrl;

    @Column(name = "published_to_associations", nullable = false)
    private boolean publishedToAssociations;

    /** The text of the current version's file, for the search (null: not extracted yet). */
    @Column(name = "content_text", columnDefinition = "MEDIUMTEXT")
    private String contentText;

    protected Document() {
    }

    public Document(Long conventionId, DocumentKind kind, String title, String description) {
        this.conventionId = conventionId;
        this.kind = kind;
        this.title = title;
        this.description = description;
    }

    public void deliberation(IssuingBody body, String number, LocalDate sessionDate, LocalDate transmittedOn,
                             String publicUrl) {
        this.issuingBody = body;
        this.number = number;
        this.sessionDate = sessionDate;
        this.sessionYear = sessionDate.getYear();
        this.transmittedOn = transmittedOn;
        this.publicUrl = publicUrl;
    }

    public void setPublishedToAssociations(boolean published) {
        this.publishedToAssociations = published;
    }

    public Long getConventionId() { return conventionId; }
    public DocumentKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public IssuingBody getIssuingBody() { return issuingBody; }
    public String getNumber() { return number; }
    public LocalDate getSessionDate() { return sessionDate; }
    public LocalDate getTransmittedOn() { return transmittedOn; }
    public String getPublicUrl() { return publicUrl; }
    public boolean isPublishedToAssociations() { return publishedToAssociations; }

    public String getContentText() {
        return contentText;
    }

    public void setContentText(String contentText) {
        this.contentText = contentText;
    }
}
