package fr.ctg.indicator;

import java.math.BigDecimal;

/** A value to record; {@code outlierReason} is required when the value stands far from its series. */
public record ValueEntry(long indicatorId, String period, BigDecimal value, SourceKind source, String sourceDetail,
                         String comment, boolean followUp, String outlierReason) {
}
