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
    static void checkRange(IndicatorSummary i, BigDecimal value) {
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
        return outlier(previousPeriod, previousPeriod == null ? null : others.get(previousPeriod), value,
                Stats.of(others.values()));
    }

    /** The same check with the previous period's value and the statistics of the rest of the series given. */
    static BusinessRuleException outlier(String previousPeriod, BigDecimal previous, BigDecimal value, Stats others) {
        if (previous != null && previous.signum() != 0) {
            double change = value.subtract(previous).abs().doubleValue() / previous.abs().doubleValue();
            if (change > 0.5) {
                return new OutlierReasonRequired("indicator.outlier.previous", previousPeriod,
                        previous.stripTrailingZeros().toPlainString(), Math.round(change * 100));
            }
        }
        if (others.count() >= 3) {
            double sd = others.sd();
            if (sd > 0 && Math.abs(value.doubleValue() - others.mean()) > 3 * sd) {
                return new OutlierReasonRequired("indicator.outlier.series",
                        BigDecimal.valueOf(others.mean()).setScale(2, RoundingMode.HALF_UP).toPlainString());
            }
        }
        return null;
    }

    /** Count, sum and sum of squares of a series: mean and (population) standard deviation in O(1). */
    record Stats(int count, double sum, double sumOfSquares) {

        static Stats of(Collection<BigDecimal> values) {
            Stats s = new Stats(0, 0, 0);
            for (BigDecimal v : values) {
                s = s.plus(v);
            }
            return s;
        }

        Stats plus(BigDecimal v) {
            double d = v.doubleValue();
            return new Stats(count + 1, sum + d, sumOfSquares + d * d);
        }

        Stats minus(BigDecimal v) {
            double d = v.doubleValue();
            return new Stats(count - 1, sum - d, sumOfSquares - d * d);
        }

        double mean() {
            return count == 0 ? 0 : sum / count;
        }

        double sd() {
            double m = mean();
            return count == 0 ? 0 : Math.sqrt(Math.max(0, sumOfSquares / count - m * m));
        }
    }

    /** A ratio's values: numerator ÷ denominator × factor for each period both have (denominator not zero). */
    static SortedMap<String, BigDecimal> ratio(IndicatorSummary i, Map<String, BigDecimal> numerator,
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
