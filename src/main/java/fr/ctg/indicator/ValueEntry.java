package fr.ctg.indicator;

import java.math.BigDecimal;

/**
 * A value to record; {@code outlierReason} is required when the value stands far from its series. {@code seenVersion}
 * is the version of the value the person started from ({@link #NONE_SEEN} when there was none): a value changed by
 * someone else since is not overwritten ({@link ValueChangedMeanwhile}). Null skips the check (imports, the demo).
 */
public record ValueEntry(long indicatorId, String period, BigDecimal value, SourceKind source, String sourceDetail,
                         String comment, boolean followUp, String outlierReason, Long seenVersion) {

    /** The person saw no value for the period. */
    public static final long NONE_SEEN = -1;

    /** An entry that does not check what the person saw (imports, the demo, tests). */
    public ValueEntry(long indicatorId, String period, BigDecimal value, SourceKind source, String sourceDetail,
                      String comment, boolean followUp, String outlierReason) {
        this(indicatorId, period, value, source, sourceDetail, comment, followUp, outlierReason, null);
    }
}
