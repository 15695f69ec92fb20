package fr.ctg.means.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.means.FundingSource;
import fr.ctg.means.MeansCategory;
import fr.ctg.means.MeansDraft;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** One line of Annexe 1: a partner's means for a field of intervention and a year. */
@Entity
@Table(name = "means_line")
@Audited
@AuditOverride(forClass = AbstractEntity.class)
public class MeansLine extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private long conventionId;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Column(name = "field_id", nullable = false)
    private long fieldId;

    @Column(name = "means_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MeansCategory category;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal quantity;

    @Column(nullable = false, length = 50)
    private String unit;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "funding_source", length = 30)
    private FundingSource source;

    @ElementCollection
    @CollectionTable(name = "means_line_objective", joinColumns = @JoinColumn(name = "means_line_id"))
    @Column(name = "objective_id", nullable = false)
    private Set<Long> objectiveIds = new LinkedHashSet<>();

    protected MeansLine() {
    }

    public MeansLine(long conventionId, MeansDraft d) {
        this.conventionId = conventionId;
        apply(d);
    }

    public void apply(MeansDraft d) {
        this.partyId = d.partyId();
        this.fieldId = d.fieldId();
        this.year = d.year();
        this.category = d.category();
        this.label = d.label();
        this.quantity = d.quantity();
        this.unit = d.unit();
        this.source = d.source();
        this.objectiveIds.clear();
        this.objectiveIds.addAll(d.objectiveIds());
    }

    public long getConventionId() { return conventionId; }
    public long getPartyId() { return partyId; }
    public long getFieldId() { return fieldId; }
    public int getYear() { return year; }
    public MeansCategory getCategory() { return category; }
    public String getLabel() { return label; }
    public BigDecimal getQuantity() { return quantity; }
    public String getUnit() { return unit; }
    public FundingSource getSource() { return source; }
    public Set<Long> getObjectiveIds() { return objectiveIds; }

    public MeansDraft toDraft() {
        return new MeansDraft(partyId, fieldId, year, category, label, quantity, unit, source, Set.copyOf(objectiveIds));
    }
}
