package fr.ctg.diagnostic.internal;

import fr.ctg.diagnostic.OfferItem;
import fr.ctg.diagnostic.OfferKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An item of the existing offer as stored. */
@Embeddable
public class OfferValue {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private OfferKind kind;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 2000)
    private String description;
    @Column(length = 200)
    private String commune;

    protected OfferValue() {
    }

    public OfferValue(OfferItem o) {
        this.kind = o.kind();
        this.name = o.name();
        this.description = o.description();
        this.commune = o.commune();
    }

    public OfferItem toItem() {
        return new OfferItem(kind, name, description, commune);
    }
}
