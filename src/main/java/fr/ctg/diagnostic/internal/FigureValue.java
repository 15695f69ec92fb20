package fr.ctg.diagnostic.internal;

import fr.ctg.diagnostic.DiagnosticFigure;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A characteristic as stored: label, value, unit, source and year. */
@Embeddable
public class FigureValue {

    @Column(nullable = false, length = 300)
    private String label;
    @Column(name = "figure_value", nullable = false, precision = 14, scale = 4)
    private BigDecimal value;
    @Column(length = 50)
    private String unit;
    @Column(nullable = false, length = 300)
    private String source;
    @Column(name = "figure_year", nullable = false)
    private int year;

    protected FigureValue() {
    }

    public FigureValue(DiagnosticFigure f) {
        this.label = f.label();
        this.value = f.value();
        this.unit = f.unit();
        this.source = f.source();
        this.year = f.year();
    }

    public DiagnosticFigure toFigure() {
        return new DiagnosticFigure(label, value, unit, source, year);
    }
}
