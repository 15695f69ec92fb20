package fr.ctg.indicator.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.indicator.Direction;
import fr.ctg.indicator.IndicatorKind;
import fr.ctg.indicator.Periodicity;
import fr.ctg.indicator.SourceKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An indicator of a convention's catalogue, in a thematic group. */
@Entity
@Table(name = "indicator")
public class Indicator extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;
    @Column(name = "thematic_group_id", nullable = false)
    private Long thematicGroupId;
    @Column(nullable = false, length = 40)
    private String code;
    @Column(nullable = false, length = 300)
    private String name;
    @Column(columnDefinition = "TEXT")
    private String definition;
    @Column(nullable = false, length = 60)
    private String unit;
    @Column(nullable = false)
    private int decimals;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Periodicity periodicity;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private IndicatorKind kind;
    @Column(name = "numerator_id")
    private Long numeratorId;
    @Column(name = "denominator_id")
    private Long denominatorId;
    @Column(precision = 19, scale = 6)
    private BigDecimal factor;
    @Column(name = "baseline_value", precision = 19, scale = 6)
    private BigDecimal baselineValue;
    @Column(name = "baseline_period", length = 10)
    private String baselinePeriod;
    @Column(name = "min_value", precision = 19, scale = 6)
    private BigDecimal minValue;
    @Column(name = "max_value", precision = 19, scale = 6)
    private BigDecimal maxValue;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "default_source", nullable = false, length = 20)
    private SourceKind defaultSource;
    @Column(name = "default_source_detail", length = 200)
    private String defaultSourceDetail;
    @Column(name = "owner_account_id")
    private Long ownerAccountId;
    @Column(name = "published_to_associations", nullable = false)
    private boolean publishedToAssociations;
    @Column(nullable = false)
    private int position;

    @ElementCollection
    @CollectionTable(name = "indicator_objective", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "objective_id")
    private Set<Long> objectiveIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @MapKeyColumn(name = "period", length = 10)
    @Column(name = "value", precision = 19, scale = 6, nullable = false)
    private Map<String, BigDecimal> targets = new TreeMap<>();

    protected Indicator() {
    }

    public Indicator(Long conventionId, int position) {
        this.conventionId = conventionId;
        this.position = position;
    }

    /** Writes every field the catalogue form edits (checked by the service). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public void define(Long thematicGroupId, String code, String name, String definition, String unit, int decimals,
                       Periodicity periodicity, IndicatorKind kind, Long numeratorId, Long denominatorId,
                       BigDecimal factor, BigDecimal baselineValue, String baselinePeriod, Map<String, BigDecimal> targets,
                       BigDecimal minValue, BigDecimal maxValue, Direction direction, SourceKind defaultSource,
                       String defaultSourceDetail, Set<Long> objectiveIds, Long ownerAccountId,
                       boolean publishedToAssociations) {
        this.thematicGroupId = thematicGroupId;
        this.code = code;
        this.name = name;
        this.definition = definition;
        this.unit = unit;
        this.decimals = decimals;
        this.periodicity = periodicity;
        this.kind = kind;
        this.numeratorId = numeratorId;
        this.denominatorId = denominatorId;
        this.factor = factor;
        this.baselineValue = baselineValue;
        this.baselinePeriod = baselinePeriod;
        this.targets.clear();
        this.targets.putAll(targets);
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.direction = direction;
        this.defaultSource = defaultSource;
        this.defaultSourceDetail = defaultSourceDetail;
        this.objectiveIds.clear();
        this.objectiveIds.addAll(objectiveIds);
        this.ownerAccountId = ownerAccountId;
        this.publishedToAssociations = publishedToAssociations;
    }

    public Long getConventionId() { return conventionId; }
    public Long getThematicGroupId() { return thematicGroupId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getDefinition() { return definition; }
    public String getUnit() { return unit; }
    public int getDecimals() { return decimals; }
    public Periodicity getPeriodicity() { return periodicity; }
    public IndicatorKind getKind() { return kind; }
    public Long getNumeratorId() { return numeratorId; }
    public Long getDenominatorId() { return denominatorId; }
    public BigDecimal getFactor() { return factor; }
    public BigDecimal getBaselineValue() { return baselineValue; }
    public String getBaselinePeriod() { return baselinePeriod; }
    public BigDecimal getMinValue() { return minValue; }
    public BigDecimal getMaxValue() { return maxValue; }
    public Direction getDirection() { return direction; }
    public SourceKind getDefaultSource() { return defaultSource; }
    public String getDefaultSourceDetail() { return defaultSourceDetail; }
    public Long getOwnerAccountId() { return ownerAccountId; }
    public boolean isPublishedToAssociations() { return publishedToAssociations; }
    public int getPosition() { return position; }
    public Set<Long> getObjectiveIds() { return objectiveIds; }
    public Map<String, BigDecimal> getTargets() { return targets; }
}
