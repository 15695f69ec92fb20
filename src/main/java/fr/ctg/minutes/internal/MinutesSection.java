package fr.ctg.minutes.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A section of the minutes (one per agenda item, plus any the secretariat adds); its text is Markdown. */
@Entity
@Table(name = "minutes_section")
public class MinutesSection extends AbstractEntity {

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String body = "";

    @Column(nullable = false)
    private boolean locked;

    private transient boolean lockedWhenLoaded;

    protected MinutesSection() {
    }

    public MinutesSection(Long minutesId, int position, String title, Long agendaItemId, String body) {
        this.minutesId = minutesId;
        this.position = position;
        this.title = title;
        this.agendaItemId = agendaItemId;
        this.body = body;
    }

    @PostLoad
    void remember() {
        lockedWhenLoaded = locked;
    }

    /** Approved text is frozen: no update or delete reaches the database once it was locked. */
    @PreUpdate
    @PreRemove
    void guardLocked() {
        if (lockedWhenLoaded) {
            throw new IllegalStateException("Section " + getId() + " of approved minutes cannot change");
        }
    }

    public void edit(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public void lock() {
        this.locked = true;
    }

    public Long getMinutesId() { return minutesId; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public Long getAgendaItemId() { return agendaItemId; }
    public String getBody() { return body; }
    public boolean isLocked() { return locked; }
}
