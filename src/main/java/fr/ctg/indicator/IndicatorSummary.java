package fr.ctg.indicator;

import java.math.BigDecimal;
import java.util.Set;
import java.util.SortedMap;

/** An indicator of the catalogue. */
public record IndicatorSummary(long id, long conventionId, long thematicGroupId, String groupName, String code,
                            String name, String definition, String unit, int decimals, Periodicity periodicity,
                            IndicatorKind kind, Long numeratorId, Long denominatorId, BigDecimal factor,
                            BigDecimal baselineValue, String baselinePeriod, SortedMap<String, BigDecimal> targets,
                            BigDecimal minValue, BigDecimal maxValue, Direction direction, SourceKind defaultSource,
                            String defaultSourceDetail, Set<Long> objectiveIds, Long ownerAccountId,
                            boolean publishedToAssociations) {

    public boolean computed() {
        return kind == IndicatorKind.RATIO;
    }

    /** The target for a period, else the latest target set for an earlier period, else null. */
    public BigDecimal targetFor(String period) {
        if (targets.containsKey(period)) {
            return targets.get(period);
        }
        SortedMap<String, BigDecimal> before = targets.headMap(period);
        return before.isEmpty() ? null : before.get(before.lastKey());
    }
}
