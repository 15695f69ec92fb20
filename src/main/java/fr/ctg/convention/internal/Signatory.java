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

/** A person who signs for a party, with the capacity and authorisation under which they sign. */
@Entity
@Audited
@AuditOverride(forClass = AbstractEntity.class)
@Table(name = "signatory")
public class Signatory extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id", nullable = false)
    private Party party;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "capacity", nullable = false, length = 300)
    private String capacity;

    @Column(name = "authorisation", length = 500)
    private String authorisation;

    protected Signatory() {
    }

    public Signatory(Party party, int position, String fullName, String capacity, String authorisation) {
        this.party = party;
        this.position = position;
        this.fullName = fullName;
        this.capacity = capacity;
        this.authorisation = authorisation;
    }

    public Party getParty() {
        return party;
    }

    public int getPosition() {
        return position;
    }

    public String getFullName() {
        return fullName;
    }

    public String getCapacity() {
        return capacity;
    }

    public String getAuthorisation() {
        return authorisation;
    }
}
