package fr.ctg.diagnostic;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A characteristic of the territory (angle 1): a figure with its unit, and where and when it comes from (Article 7:
 * every figure states its source and year). The service refuses one without a label, value, source or year.
 */
public record DiagnosticFigure(String label, BigDecimal value, @Nullable String unit, String source, int year) {
}
