package fr.ctg.indicator;

import java.math.BigDecimal;

/**
 * An indicator on its group's dashboard: its last value and the one before, the trend, the target for the last
 * value's period and how far the value is from it ({@code gap} = value − target), and whether that is good news.
 */
public record DashboardRow(IndicatorSummary indicator, ValueRow last, ValueRow previous, Trend trend, BigDecimal target,
                           BigDecimal gap, Boolean onTarget) {

    /** Which way the indicator moved, and whether that is the way it should go. */
    public enum Trend {
        UP, DOWN, FLAT, NONE;

        public String labelKey() {
            return "indicator.trend." + name();
        }
    }

    public boolean improving() {
        return (trend == Trend.UP && indicator.direction() == Direction.HIGHER_IS_BETTER)
                || (trend == Trend.DOWN && indicator.direction() == Direction.LOWER_IS_BETTER);
    }
}
