package fr.ctg.convention.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;

/** An annex of the convention, provided or still to come. */
@Entity
@Audited
@AuditOverride(forClass = AbstractEntity.class)
@Table(name = "annex")
public class Annex extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "convention_id", nullable = false)
    private Convention convention;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "description", columnDefinition = "TEXT")
    private String description;

    @Column(name = "provided", nullable = false)
    private boolean provided;

    protected Annex() {
    }

    public Annex(Convention convention, int number, String title, String description, boolean provided) {
        this.convention = convention;
        this.number = number;
        this.title = title;
        this.description = description;
        this.provided = provided;
    }

    public Convention getConvention() {
        return convention;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isProvided() {
        return provided;
    }

    public void edit(String title, String description, boolean provided) {
        this.title = title;
        this.description = description;
        this.provided = provided;
    }
}
