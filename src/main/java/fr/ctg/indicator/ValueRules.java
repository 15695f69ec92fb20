package fr.ctg.indicator;

import fr.ctg.base.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The checks a value goes through, shared by the entry grid and the CSV import: the allowed range refuses;
 * a value more than 3 standard deviations from the series (at least 3 values) or more than 50 % away from the
 * previous period is accepted only with a reason.
 */
final class ValueRules {

    private ValueRules() {
    }

    /** Refuses a value outside the indicator's min/max. */
    static void checkRange(IndicatorView i, BigDecimal value) {
        if ((i.minValue() != null && value.compareTo(i.minValue()) < 0)
                || (i.maxValue() != null && value.compareTo(i.maxValue()) > 0)) {
            throw new BusinessRuleException("indicator.error.range", i.name(),
                    i.minValue() == null ? "–" : i.minValue().stripTrailingZeros().toPlainString(),
                    i.maxValue() == null ? "–" : i.maxValue().stripTrailingZeros().toPlainString());
        }
    }

    /**
     * Why a value is an outlier against the other values of its series (null: it is not). {@code others} holds
     * the series without the period being written.
     */
    static BusinessRuleException outlier(Periodicity periodicity, String period, BigDecimal value,
                                         Map<String, BigDecimal> others) {
        String previousPeriod = periodicity.previous(period);
        BigDecimal previous = previousPeriod == null ? null : others.get(previousPeriod);
        if (previous != null && previous.signum() != 0) {
            double change = value.subtract(previous).abs().doubleValue() / previous.abs().doubleValue();
            if (change > 0.5) {
                return new OutlierReasonRequired("indicator.outlier.previous", previousPeriod,
                        previous.stripTrailingZeros().toPlainString(), Math.round(change * 100));
            }
        }
        if (others.size() >= 3) {
            double[] stats = meanAndSd(others.values());
            if (stats[1] > 0 && Math.abs(value.doubleValue() - stats[0]) > 3 * stats[1]) {
                return new OutlierReasonRequired("indicator.outlier.series",
                        BigDecimal.valueOf(stats[0]).setScale(2, RoundingMode.HALF_UP).toPlainString());
            }
        }
        return null;
    }

    static double[] meanAndSd(Collection<BigDecimal> values) {
        double mean = values.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
        double variance = values.stream().mapToDouble(v -> Math.pow(v.doubleValue() - mean, 2)).sum() / values.size();
        return new double[] {mean, Math.sqrt(variance)};
    }

    /** A ratio's values: numerator ÷ denominator × factor for each period both have (denominator not zero). */
    static SortedMap<String, BigDecimal> ratio(IndicatorView i, Map<String, BigDecimal> numerator,
                                               Map<String, BigDecimal> denominator) {
        SortedMap<String, BigDecimal> out = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> n : numerator.entrySet()) {
            BigDecimal d = denominator.get(n.getKey());
            if (d != null && d.signum() != 0) {
                out.put(n.getKey(), n.getValue().multiply(i.factor()).divide(d, i.decimals(), RoundingMode.HALF_UP));
            }
        }
        return out;
    }
}
