package fr.ctg.convention.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One figure of the territory portrait (Annexe 2), with its source (Article 7). */
@Entity
@Table(name = "territory_figure")
public class TerritoryFigure extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "convention_id", nullable = false)
    private Convention convention;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "label", nullable = false, length = 300)
    private String label;

    @Column(name = "figure_value", nullable = false, precision = 14, scale = 4)
    private BigDecimal value;

    @Column(name = "unit", length = 50)
    private String unit;

    @Column(name = "figure_year")
    private Integer year;

    @Column(name = "source", nullable = false, length = 300)
    private String source;

    protected TerritoryFigure() {
    }

    public TerritoryFigure(Convention convention, int position, String label, BigDecimal value, String unit, Integer year, String source) {
        this.convention = convention;
        this.position = position;
        this.label = label;
        this.value = value;
        this.unit = unit;
        this.year = year;
        this.source = source;
    }

    public Convention getConvention() {
        return convention;
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public Integer getYear() {
        return year;
    }

    public String getSource() {
        return source;
    }
}
