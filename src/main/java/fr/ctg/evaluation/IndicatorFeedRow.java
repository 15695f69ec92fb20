package fr.ctg.evaluation;

import fr.ctg.indicator.SourceKind;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An indicator attached to an evaluative question, with its latest value (null when none yet), the target for that
 * period and where the value comes from (the value's source, else the indicator's default source).
 */
public record IndicatorFeedRow(long indicatorId, String code, String name, String groupName, String unit,
                               @Nullable String period, @Nullable BigDecimal value, @Nullable BigDecimal target,
                               @Nullable SourceKind source, @Nullable String sourceDetail) {
}
