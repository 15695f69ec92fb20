package fr.ctg.indicator;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * An indicator as the catalogue form writes it. A {@link IndicatorKind#RATIO} names its numerator and
 * denominator (two indicators of the same convention and periodicity) and a factor (100 for a percentage).
 */
public record IndicatorDefinition(long thematicGroupId, String code, String name, String definition, String unit,
                                  int decimals, Periodicity periodicity, IndicatorKind kind, Long numeratorId,
                                  Long denominatorId, BigDecimal factor, BigDecimal baselineValue,
                                  String baselinePeriod, Map<String, BigDecimal> targets, BigDecimal minValue,
                                  BigDecimal maxValue, Direction direction, SourceKind defaultSource,
                                  String defaultSourceDetail, Set<Long> objectiveIds, Long ownerAccountId,
                                  boolean publishedToAssociations) {
}
