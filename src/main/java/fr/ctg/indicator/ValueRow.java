package fr.ctg.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/** A value of an indicator for a period; {@code computed} values come from their numerator and denominator. */
public record ValueRow(long indicatorId, String period, BigDecimal value, SourceKind source, String sourceDetail,
                        String comment, boolean followUp, boolean outlier, String outlierReason, boolean computed,
                        String updatedBy, Instant updatedAt, long version) {
}
