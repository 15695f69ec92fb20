package fr.ctg.indicator.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.indicator.SourceKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The current value of an indicator for a period (its history is in {@code indicator_value_change}). */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends AbstractEntity {

    @Column(name = "indicator_id", nullable = false)
    private Long indicatorId;
    @Column(nullable = false, length = 10)
    private String period;
    @Column(nullable = false, precision = 19, scale = 6)
    private BigDecimal value;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SourceKind source;
    @Column(name = "source_detail", length = 200)
    private String sourceDetail;
    @Column(length = 1000)
    private String comment;
    @Column(name = "follow_up", nullable = false)
    private boolean followUp;
    @Column(nullable = false)
    private boolean outlier;
    @Column(name = "outlier_reason", length = 500)
    private String outlierReason;

    protected IndicatorValue() {
    }

    public IndicatorValue(Long indicatorId, String period) {
        this.indicatorId = indicatorId;
        this.period = period;
    }

    public void set(BigDecimal value, SourceKind source, String sourceDetail, String comment, boolean followUp,
                    boolean outlier, String outlierReason) {
        this.value = value;
        this.source = source;
        this.sourceDetail = sourceDetail;
        this.comment = comment;
        this.followUp = followUp;
        this.outlier = outlier;
        this.outlierReason = outlierReason;
    }

    public Long getIndicatorId() { return indicatorId; }
    public String getPeriod() { return period; }
    public BigDecimal getValue() { return value; }
    public SourceKind getSource() { return source; }
    public String getSourceDetail() { return sourceDetail; }
    public String getComment() { return comment; }
    public boolean isFollowUp() { return followUp; }
    public boolean isOutlier() { return outlier; }
    public String getOutlierReason() { return outlierReason; }
}
