package fr.ctg.governance.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/** One item of a meeting's agenda. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 200)
    private String presenter;

    @ElementCollection
    @CollectionTable(name = "agenda_item_objective", joinColumns = @JoinColumn(name = "agenda_item_id"))
    @Column(name = "objective_id", nullable = false)
    private Set<Long> objectiveIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "agenda_item_document", joinColumns = @JoinColumn(name = "agenda_item_id"))
    @Column(name = "document_id", nullable = false)
    private Set<Long> documentIds = new LinkedHashSet<>();

    protected AgendaItem() {
    }

    public AgendaItem(Long meetingId, int position, String title, String presenter, Set<Long> objectiveIds,
                      Set<Long> documentIds) {
        this.meetingId = meetingId;
        this.position = position;
        this.title = title;
        this.presenter = presenter;
        this.objectiveIds.addAll(objectiveIds);
        this.documentIds.addAll(documentIds);
    }

    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getPresenter() { return presenter; }
    public Set<Long> getObjectiveIds() { return objectiveIds; }
    public Set<Long> getDocumentIds() { return documentIds; }
}
