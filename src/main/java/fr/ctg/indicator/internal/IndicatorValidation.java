package fr.ctg.indicator.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A thematic group's values for a period, validated by the evaluation referent: they are locked. */
@Entity
@Table(name = "indicator_validation")
public class IndicatorValidation extends AbstractEntity {

    @Column(name = "thematic_group_id", nullable = false)
    private Long thematicGroupId;
    @Column(nullable = false, length = 10)
    private String period;

    protected IndicatorValidation() {
    }

    public IndicatorValidation(Long thematicGroupId, String period) {
        this.thematicGroupId = thematicGroupId;
        this.period = period;
    }

    public Long getThematicGroupId() { return thematicGroupId; }
    public String getPeriod() { return period; }
}
