package fr.ctg.avenant.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A state of the convention both parties signed: the convention as signed (a revision of the history), then each
 * signed avenant (its baseline with the modifications it carries taken from its approved revision).
 */
@Entity
@Table(name = "convention_baseline")
public class ConventionBaseline extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private long conventionId;

    @Column(name = "revision", nullable = false)
    private long revision;

    @Column(name = "avenant_id")
    private Long avenantId;

    protected ConventionBaseline() {
    }

    public ConventionBaseline(long conventionId, long revision, Long avenantId) {
        this.conventionId = conventionId;
        this.revision = revision;
        this.avenantId = avenantId;
    }

    public long getConventionId() { return conventionId; }
    public long getRevision() { return revision; }
    public Long getAvenantId() { return avenantId; }
}
