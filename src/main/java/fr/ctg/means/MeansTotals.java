package fr.ctg.means;

import java.math.BigDecimal;
import java.util.List;

/**
 * Totals of the means: per partner, per field and per year, each for staff (FTE), funding (€) and every unit of the
 * service offer ("places", "séances"…), which are not added to one another.
 */
public record MeansTotals(List<Total> byPartner, List<Total> byField, List<Total> byYear) {

    /** One total: what it groups ("Caf du Gers", "2026"), what it counts, the unit, the sum. */
    public record Total(String group, MeansCategory category, String unit, BigDecimal sum) {
    }
}
