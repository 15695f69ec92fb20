package fr.ctg.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/** One write of a value: what it replaced, the new value and its source, who and when. */
public record ValueChange(BigDecimal previousValue, BigDecimal newValue, SourceKind source, String sourceDetail,
                          String comment, String changedBy, Instant changedAt) {
}
