package fr.ctg.minutes.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A decision recorded in a section, linked to the objectives and deliberations it concerns. */
@Entity
@Table(name = "minutes_decision")
public class MinutesDecision extends AbstractEntity {

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    @Column(name = "section_id", nullable = false)
    private Long sectionId;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(nullable = false)
    private boolean locked;

    @ElementCollection
    @CollectionTable(name = "minutes_decision_objective", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "objective_id")
    private Set<Long> objectiveIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "minutes_decision_document", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new HashSet<>();

    private transient boolean lockedWhenLoaded;

    protected MinutesDecision() {
    }

    public MinutesDecision(Long minutesId, Long sectionId, String text, Set<Long> objectiveIds, Set<Long> documentIds) {
        this.minutesId = minutesId;
        this.sectionId = sectionId;
        this.text = text;
        this.objectiveIds.addAll(objectiveIds);
        this.documentIds.addAll(documentIds);
    }

    @PostLoad
    void remember() {
        lockedWhenLoaded = locked;
    }

    @PreUpdate
    @PreRemove
    void guardLocked() {
        if (lockedWhenLoaded) {
            throw new IllegalStateException("Decision " + getId() + " of approved minutes cannot change");
        }
    }

    public void lock() {
        this.locked = true;
    }

    public Long getMinutesId() { return minutesId; }
    public Long getSectionId() { return sectionId; }
    public String getText() { return text; }
    public Set<Long> getObjectiveIds() { return objectiveIds; }
    public Set<Long> getDocumentIds() { return documentIds; }
}
