package fr.ctg.convention.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A shared field of intervention (Articles 2 to 4: the four Caf missions). */
@Entity
@Table(name = "field_of_intervention")
public class FieldOfIntervention extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "convention_id", nullable = false)
    private Convention convention;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    protected FieldOfIntervention() {
    }

    public FieldOfIntervention(Convention convention, int position, String title) {
        this.convention = convention;
        this.position = position;
        this.title = title;
    }

    public Convention getConvention() {
        return convention;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public void update(int position, String title) {
        this.position = position;
        this.title = title;
    }
}
