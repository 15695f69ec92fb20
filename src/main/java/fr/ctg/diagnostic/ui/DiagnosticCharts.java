package fr.ctg.diagnostic.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ECharts options of the two "étoiles" drawn side by side, with the same branches (the themes, in the same order):
 * the diagnostic's scores (0–100) and the indicators' attainment (0–150, 100 = targets met, as on the indicators
 * page).
 */
final class DiagnosticCharts {

    private DiagnosticCharts() {
    }

    /** One branch per name, {@code values} in the same order (null drawn as 0), the axes going to {@code max}. */
    static Map<String, Object> radar(List<String> names, List<Integer> values, int max, String seriesName,
                                     String color, String targetName) {
        List<Object> indicators = new ArrayList<>();
        List<Object> scores = new ArrayList<>();
        List<Object> hundred = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            indicators.add(Map.of("name", names.get(i), "max", max));
            scores.add(values.get(i) == null ? 0 : values.get(i));
            hundred.add(100);
        }
        List<Object> data = new ArrayList<>();
        data.add(Map.of("name", seriesName, "value", scores, "areaStyle", Map.of("opacity", 0.25)));
        if (targetName != null) {
            data.add(Map.of("name", targetName, "value", hundred, "lineStyle", Map.of("type", "dashed")));
        }
        return Map.of(
                "color", List.of(color, "#9ca3af"),
                "legend", Map.of("top", 0),
                "tooltip", Map.of(),
                "radar", Map.of("indicator", indicators, "radius", "62%"),
                "series", List.of(Map.of("type", "radar", "data", data)));
    }
}
