package fr.ctg.indicator.ui;

import fr.ctg.indicator.ChartPalette;
import fr.ctg.indicator.IndicatorSummary;
import fr.ctg.indicator.RadarAxis;
import fr.ctg.indicator.ValueRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** ECharts options for the indicator pages: a series with its baseline and targets, and the radar. */
final class IndicatorCharts {

    private IndicatorCharts() {
    }

    /** Actual values as a line (bars for counts would read the same), the target as a dashed step line, the baseline. */
    static Map<String, Object> series(IndicatorSummary i, List<ValueRow> values, String actualLabel, String targetLabel,
                                      String baselineLabel) {
        TreeSet<String> periods = new TreeSet<>();
        values.forEach(v -> periods.add(v.period()));
        periods.addAll(i.targets().keySet());
        List<String> axis = List.copyOf(periods);
        Map<String, BigDecimal> actual = new LinkedHashMap<>();
        values.forEach(v -> actual.put(v.period(), v.value()));
        List<Object> actualData = new ArrayList<>();
        List<Object> targetData = new ArrayList<>();
        for (String p : axis) {
            actualData.add(actual.get(p));
            targetData.add(i.targetFor(p));
        }
        List<Object> series = new ArrayList<>();
        Map<String, Object> actualSeries = new LinkedHashMap<>(Map.of("name", actualLabel, "type", "line",
                "data", actualData, "connectNulls", true, "symbolSize", 8));
        if (i.baselineValue() != null) {
            actualSeries.put("markLine", Map.of("symbol", "none", "data", List.of(Map.of("name", baselineLabel,
                    "yAxis", i.baselineValue())), "label", Map.of("formatter", baselineLabel + " ({c})"),
                    "lineStyle", Map.of("type", "dotted", "color", ChartPalette.BASELINE)));
        }
        series.add(actualSeries);
        if (!i.targets().isEmpty()) {
            series.add(Map.of("name", targetLabel, "type", "line", "step", "end", "data", targetData,
                    "lineStyle", Map.of("type", "dashed"), "symbol", "none"));
        }
        return Map.of(
                "color", List.of(ChartPalette.ACTUAL, ChartPalette.TARGET),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0),
                "grid", Map.of("left", 48, "right", 24, "top", 36, "bottom", 32),
                "xAxis", Map.of("type", "category", "data", axis),
                "yAxis", Map.of("type", "value", "name", i.unit()),
                "series", series);
    }

    /** The "étoile": one branch per thematic group, 0–150 (100 = targets met on average). */
    static Map<String, Object> radar(List<RadarAxis> axes, String seriesName, String targetName) {
        List<Object> indicators = new ArrayList<>();
        List<Object> scores = new ArrayList<>();
        List<Object> hundred = new ArrayList<>();
        for (RadarAxis a : axes) {
            indicators.add(Map.of("name", a.groupName(), "max", 150));
            scores.add(a.score() == null ? 0 : a.score());
            hundred.add(100);
        }
        return Map.of(
                "color", List.of(ChartPalette.ACTUAL, ChartPalette.REFERENCE),
                "legend", Map.of("top", 0),
                "tooltip", Map.of(),
                "radar", Map.of("indicator", indicators, "radius", "62%"),
                "series", List.of(Map.of("type", "radar", "data", List.of(
                        Map.of("name", seriesName, "value", scores, "areaStyle", Map.of("opacity", 0.25)),
                        Map.of("name", targetName, "value", hundred, "lineStyle", Map.of("type", "dashed"))))));
    }
}
