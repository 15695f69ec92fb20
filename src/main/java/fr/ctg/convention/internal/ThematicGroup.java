package fr.ctg.convention.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A thematic working group (Annexe 4: groups built from the negotiated themes). */
@Entity
@Table(name = "thematic_group")
public class ThematicGroup extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "convention_id", nullable = false)
    private Convention convention;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 1000)
    private String description;

    protected ThematicGroup() {
    }

    public ThematicGroup(Convention convention, int position, String name, String description) {
        this.convention = convention;
        this.position = position;
        this.name = name;
        this.description = description;
    }

    public Convention getConvention() {
        return convention;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public void update(int position, String name, String description) {
        this.position = position;
        this.name = name;
        this.description = description;
    }
}
