package fr.ctg.indicator;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.csv.Csv;
import fr.ctg.indicator.internal.Indicator;
import fr.ctg.indicator.internal.IndicatorValueBulkWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one CSV row as {@link IndicatorValuesService#record} checks a typed value (same messages), plus what only a file
 * can get wrong: a row too short or too long, an unknown code, a duplicate row. Rows are read in file order and
 * each accepted value joins its series, so a later row is compared with earlier ones.
 */
final class RowChecker {

    private final List<String> header;
    private final Map<String, Indicator> byCode;
    private final Map<Long, Map<String, BigDecimal>> series;
    private final Set<String> locked;
    private final Map<Long, ValueRules.Stats> stats = new HashMap<>();

    RowChecker(List<String> header, Map<String, Indicator> byCode, Map<Long, Map<String, BigDecimal>> series,
               Set<String> locked) {
        this.header = header;
        this.byCode = byCode;
        this.series = series;
        this.locked = locked;
    }

    private String field(Csv.Record r, String column) {
        int k = header.indexOf(column);
        return k < 0 || k >= r.fields().size() ? "" : r.fields().get(k).strip();
    }

    ImportPreview.Row check(Csv.Record r, Map<String, Integer> seen) {
        String code = field(r, "code");
        String period = field(r, "periode");
        String rawValue = field(r, "valeur");
        if (r.fields().size() != header.size()) {
            return error(r, code, period, null, "indicator.csv.fieldCount", r.fields().size(), header.size());
        }
        Indicator i = byCode.get(code);
        if (i == null) {
            return error(r, code, period, null, "indicator.csv.unknownIndicator", code);
        }
        if ("oui".equalsIgnoreCase(field(r, "calcule")) || i.getKind() == IndicatorKind.RATIO) {
            return new ImportPreview.Row(r.line(), code, period, null, null, ImportPreview.Outcome.SKIPPED,
                    "indicator.csv.computedSkipped", List.of(i.getName()));
        }
        if (!i.getPeriodicity().accepts(period)) {
            return error(r, code, period, null, "indicator.error.periodFor", period, i.getName(),
                    IndicatorCatalogueService.examplePeriod(i.getPeriodicity()));
        }
        String key = code + "/" + period;
        Integer first = seen.putIfAbsent(key, r.line());
        if (first != null) {
            return error(r, code, period, null, "indicator.csv.duplicate", first);
        }
        BigDecimal value = Csv.number(rawValue);
        if (value == null) {
            return error(r, code, period, null, "indicator.csv.notANumber", rawValue);
        }
        value = value.setScale(Math.min(6, Math.max(i.getDecimals(), value.scale())), RoundingMode.HALF_UP);
        if (locked.contains(i.getThematicGroupId() + "/" + period)) {
            return error(r, code, period, value, "indicator.error.validated", period);
        }
        SourceKind source = source(field(r, "source"));
        if (source == null) {
            return error(r, code, period, value, "indicator.csv.source", field(r, "source"));
        }
        if (source == SourceKind.OTHER && field(r, "precision_source").isEmpty()) {
            return error(r, code, period, value, "indicator.error.sourceDetail");
        }
        if (field(r, "precision_source").length() > 200 || field(r, "commentaire").length() > 1000) {
            return error(r, code, period, value, "indicator.error.textLength");
        }
        IndicatorSummary view = IndicatorCatalogueService.view(i, "");
        try {
            ValueRules.checkRange(view, value);
        } catch (BusinessRuleException e) {
            return error(r, code, period, value, e.getMessageKey(), e.getArguments());
        }
        Map<String, BigDecimal> s = series.computeIfAbsent(i.getId(), k -> new HashMap<>());
        BigDecimal previous = s.get(period);
        if (i.getPeriodicity() == Periodicity.ONCE && (s.size() > 1 || (s.size() == 1 && previous == null))) {
            return error(r, code, period, value, "indicator.error.once", i.getName());
        }
        ValueRules.Stats all = stats.computeIfAbsent(i.getId(), k -> ValueRules.Stats.of(s.values()));
        ValueRules.Stats others = previous == null ? all : all.minus(previous);
        String previousPeriod = i.getPeriodicity().previous(period);
        BusinessRuleException outlier = ValueRules.outlier(previousPeriod,
                previousPeriod == null ? null : s.get(previousPeriod), value, others);
        if (outlier != null && field(r, "motif").isEmpty()) {
            return error(r, code, period, value, outlier.getMessageKey(), outlier.getArguments());
        }
        s.put(period, value);
        stats.put(i.getId(), others.plus(value));
        if (previous != null && previous.compareTo(value) == 0) {
            return new ImportPreview.Row(r.line(), code, period, value, previous, ImportPreview.Outcome.UNCHANGED,
                    null, List.of());
        }
        return new ImportPreview.Row(r.line(), code, period, value, previous,
                previous == null ? ImportPreview.Outcome.NEW : ImportPreview.Outcome.REPLACES,
                outlier == null ? null : "indicator.csv.outlierAccepted", List.of());
    }

    IndicatorValueBulkWriter.Row write(Indicator i, ImportPreview.Row row, Csv.Record r) {
        String detail = field(r, "precision_source");
        String comment = field(r, "commentaire");
        String motif = field(r, "motif");
        boolean outlier = "indicator.csv.outlierAccepted".equals(row.messageKey());
        return new IndicatorValueBulkWriter.Row(i.getId(), row.period(), row.value(), source(field(r, "source")),
                detail.isEmpty() ? null : detail, comment.isEmpty() ? null : comment, outlier,
                outlier ? motif : null);
    }

    /** A source written as its code or its French name (Caf, Insee, CC, association, autre). */
    static SourceKind source(String raw) {
        String s = IndicatorCsvService.fold(raw);
        return switch (s) {
            case "caf" -> SourceKind.CAF;
            case "insee" -> SourceKind.INSEE;
            case "cc", "communaute_de_communes" -> SourceKind.CC;
            case "association" -> SourceKind.ASSOCIATION;
            case "other", "autre" -> SourceKind.OTHER;
            default -> null;
        };
    }

    private static ImportPreview.Row error(Csv.Record r, String code, String period, BigDecimal value, String key,
                                           Object... args) {
        return new ImportPreview.Row(r.line(), code, period, value, null, ImportPreview.Outcome.ERROR, key, List.of(args));
    }
}
