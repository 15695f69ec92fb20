package fr.ctg.contribution.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A partner organisation (an association) of a convention. */
@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;
    @Column(nullable = false, length = 200)
    private String name;

    protected Organisation() {
    }

    public Organisation(Long conventionId, String name) {
        this.conventionId = conventionId;
        this.name = name;
    }

    public Long getConventionId() { return conventionId; }
    public String getName() { return name; }
}
