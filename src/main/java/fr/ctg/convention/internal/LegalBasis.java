package fr.ctg.convention.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One "Vu ..." line of the convention's legal basis. */
@Entity
@Table(name = "legal_basis")
public class LegalBasis extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "convention_id", nullable = false)
    private Convention convention;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text", nullable = false, length = 1000)
    private String text;

    protected LegalBasis() {
    }

    public LegalBasis(Convention convention, int position, String text) {
        this.convention = convention;
        this.position = position;
        this.text = text;
    }

    public Convention getConvention() {
        return convention;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
