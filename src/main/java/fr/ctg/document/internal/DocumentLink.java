package fr.ctg.document.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.document.LinkTarget;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document linked to an objective, a meeting, an avenant or an annex. */
@Entity
@Table(name = "document_link")
public class DocumentLink extends AbstractEntity {

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "target_type", nullable = false, length = 20)
    private LinkTarget target;

    @Column(name = "target_id", nullable = false)
    private Long targetId;

    protected DocumentLink() {
    }

    public DocumentLink(Long documentId, LinkTarget target, Long targetId) {
        this.documentId = documentId;
        this.target = target;
        this.targetId = targetId;
    }

    public Long getDocumentId() { return documentId; }
    public LinkTarget getTarget() { return target; }
    public Long getTargetId() { return targetId; }
}
