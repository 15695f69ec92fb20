package fr.ctg.indicator;

import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.indicator.internal.Indicator;
import fr.ctg.indicator.internal.IndicatorRepository;
import fr.ctg.indicator.internal.IndicatorValue;
import fr.ctg.indicator.internal.IndicatorValueRepository;
import fr.ctg.security.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the committee reads: a group's dashboard (last value, trend, distance to target) and the radar. */
@Service
@Transactional(readOnly = true)
public class IndicatorDashboardService {

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final IndicatorGate gate;
    private final ConventionService conventions;

    IndicatorDashboardService(IndicatorRepository indicators, IndicatorValueRepository values, IndicatorGate gate,
                       ConventionService conventions) {
        this.indicators = indicators;
        this.values = values;
        this.gate = gate;
        this.conventions = conventions;
    }

    /** The group's indicators with their latest figures (two queries, whatever the number of indicators). */
    public List<DashboardRow> group(long conventionId, long groupId) {
        Set<Role> roles = gate.roles(conventionId);
        boolean all = IndicatorGate.readsAll(roles);
        if (all) {
            gate.group(conventionId, groupId);
        }
        List<Indicator> all1 = indicators.findByConventionIdOrderByThematicGroupIdAscPositionAsc(conventionId);
        Map<Long, SortedMap<String, BigDecimal>> series = series(all1);
        List<DashboardRow> rows = new ArrayList<>();
        for (Indicator i : all1) {
            if (i.getThematicGroupId() != groupId || (!all && !i.isPublishedToAssociations())) {
                continue;
            }
            IndicatorSummary view = IndicatorCatalogueService.view(i, "");
            SortedMap<String, BigDecimal> s = seriesOf(view, series);
            rows.add(row(view, s));
        }
        return rows;
    }

    /** The radar of a year: per thematic group, the mean attainment of its indicators' targets (capped at 150). */
    public List<RadarAxis> radar(long conventionId, int year) {
        gate.require(conventionId, Role.CONVENTION_READERS);
        List<Indicator> all = indicators.findByConventionIdOrderByThematicGroupIdAscPositionAsc(conventionId);
        Map<Long, SortedMap<String, BigDecimal>> series = series(all);
        Map<Long, List<Indicator>> byGroup = all.stream().collect(Collectors.groupingBy(Indicator::getThematicGroupId));
        List<RadarAxis> axes = new ArrayList<>();
        for (ThematicGroupRef g : conventions.thematicGroups(conventionId)) {
            List<Double> scores = new ArrayList<>();
            for (Indicator i : byGroup.getOrDefault(g.id(), List.of())) {
                IndicatorSummary view = IndicatorCatalogueService.view(i, g.name());
                SortedMap<String, BigDecimal> s = seriesOf(view, series);
                SortedMap<String, BigDecimal> ofYear = s.subMap(String.valueOf(year), String.valueOf(year + 1));
                if (ofYear.isEmpty()) {
                    continue;
                }
                String period = ofYear.lastKey();
                BigDecimal target = view.targetFor(period);
                BigDecimal value = ofYear.get(period);
                if (target == null || target.signum() == 0 || value.signum() == 0 && view.direction() == Direction.LOWER_IS_BETTER) {
                    continue;
                }
                double ratio = view.direction() == Direction.HIGHER_IS_BETTER
                        ? value.doubleValue() / target.doubleValue() : target.doubleValue() / value.doubleValue();
                scores.add(Math.max(0, Math.min(1.5, ratio)) * 100);
            }
            Integer score = scores.isEmpty() ? null
                    : (int) Math.round(scores.stream().mapToDouble(Double::doubleValue).average().orElse(0));
            axes.add(new RadarAxis(g.id(), g.name(), score, scores.size()));
        }
        return axes;
    }

    private Map<Long, SortedMap<String, BigDecimal>> series(List<Indicator> list) {
        Map<Long, SortedMap<String, BigDecimal>> out = new HashMap<>();
        for (IndicatorValue v : values.findByIndicatorIdIn(list.stream().map(Indicator::getId).toList())) {
            out.computeIfAbsent(v.getIndicatorId(), k -> new TreeMap<>()).put(v.getPeriod(), v.getValue());
        }
        return out;
    }

    private static SortedMap<String, BigDecimal> seriesOf(IndicatorSummary i, Map<Long, SortedMap<String, BigDecimal>> series) {
        if (i.kind() == IndicatorKind.RATIO) {
            return ValueRules.ratio(i, series.getOrDefault(i.numeratorId(), new TreeMap<>()),
                    series.getOrDefault(i.denominatorId(), new TreeMap<>()));
        }
        return series.getOrDefault(i.id(), new TreeMap<>());
    }

    static DashboardRow row(IndicatorSummary i, SortedMap<String, BigDecimal> s) {
        if (s.isEmpty()) {
            return new DashboardRow(i, null, null, DashboardRow.Trend.NONE, null, null, null);
        }
        String lastPeriod = s.lastKey();
        ValueRow last = IndicatorValuesService.computedView(i.id(), lastPeriod, s.get(lastPeriod));
        SortedMap<String, BigDecimal> before = s.headMap(lastPeriod);
        ValueRow previous = before.isEmpty() ? null
                : IndicatorValuesService.computedView(i.id(), before.lastKey(), before.get(before.lastKey()));
        DashboardRow.Trend trend = previous == null ? DashboardRow.Trend.NONE
                : switch (Integer.signum(last.value().compareTo(previous.value()))) {
                    case 1 -> DashboardRow.Trend.UP;
                    case -1 -> DashboardRow.Trend.DOWN;
                    default -> DashboardRow.Trend.FLAT;
                };
        BigDecimal target = i.targetFor(lastPeriod);
        BigDecimal gap = target == null ? null : last.value().subtract(target);
        Boolean onTarget = gap == null ? null
                : i.direction() == Direction.HIGHER_IS_BETTER ? gap.signum() >= 0 : gap.signum() <= 0;
        return new DashboardRow(i, last, previous, trend, target, gap, onTarget);
    }
}
