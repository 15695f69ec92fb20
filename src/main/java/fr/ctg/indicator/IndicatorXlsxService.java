package fr.ctg.indicator;

import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.base.xlsx.XlsxSheet;
import fr.ctg.base.xlsx.XlsxWorkbook;
import fr.ctg.indicator.internal.IndicatorValidationRepository;
import fr.ctg.indicator.internal.IndicatorValue;
import fr.ctg.indicator.internal.IndicatorValueRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator dashboard as an Excel workbook: one row per indicator and period (value, target, attainment,
 * source, validation, outlier reason), then a summary per thematic group. Whoever may export the values as CSV
 * may export this: the convention's members, associations only the indicators published to them (and no summary
 * by group, which they do not see).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorXlsxService {

    /** The name people get, like the CSV's {@code indicateurs.csv}. */
    public static final String FILE_NAME = "indicateurs.xlsx";

    private final IndicatorCatalogueService catalogue;
    private final IndicatorValueRepository values;
    private final IndicatorValidationRepository validations;
    private final IndicatorGate gate;
    private final TranslationProvider translations;
    private final ApplicationEventPublisher events;

    IndicatorXlsxService(IndicatorCatalogueService catalogue, IndicatorValueRepository values,
                         IndicatorValidationRepository validations, IndicatorGate gate, TranslationProvider translations,
                         ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.values = values;
        this.validations = validations;
        this.gate = gate;
        this.translations = translations;
        this.events = events;
    }

    /** Every readable indicator's values, period by period, with headers in {@code locale}. */
    public byte[] dashboard(long conventionId, Locale locale) {
        boolean readsAll = IndicatorGate.readsAll(gate.roles(conventionId));
        List<IndicatorSummary> readable = catalogue.catalogue(conventionId);
        events.publishEvent(JournalEvent.of(JournalKind.EXPORT).convention(conventionId)
                .detail("indicators xlsx " + readable.size()));
        Set<Long> needed = new HashSet<>();
        readable.forEach(i -> {
            needed.add(i.id());
            if (i.computed()) {
                needed.add(i.numeratorId());
                needed.add(i.denominatorId());
            }
        });
        Map<Long, TreeMap<String, IndicatorValue>> byIndicator = new HashMap<>();
        for (IndicatorValue v : values.findByIndicatorIdIn(needed)) {
            byIndicator.computeIfAbsent(v.getIndicatorId(), k -> new TreeMap<>()).put(v.getPeriod(), v);
        }
        Set<String> validated = validations.findByThematicGroupIdIn(readable.stream()
                        .map(IndicatorSummary::thematicGroupId).collect(Collectors.toSet())).stream()
                .map(v -> v.getThematicGroupId() + "/" + v.getPeriod()).collect(Collectors.toSet());

        XlsxWorkbook book = XlsxWorkbook.create(t(locale, "xlsx.indicator.title"), locale);
        XlsxSheet sheet = book.sheet(t(locale, "xlsx.indicator.sheet"), List.of(t(locale, "xlsx.indicator.group"),
                t(locale, "xlsx.indicator.code"), t(locale, "xlsx.indicator.name"), t(locale, "xlsx.indicator.unit"),
                t(locale, "xlsx.indicator.period"), t(locale, "xlsx.indicator.value"), t(locale, "xlsx.indicator.target"),
                t(locale, "xlsx.indicator.gap"), t(locale, "xlsx.indicator.attainment"),
                t(locale, "xlsx.indicator.computed"), t(locale, "xlsx.indicator.source"),
                t(locale, "xlsx.indicator.sourceDetail"), t(locale, "xlsx.indicator.status"),
                t(locale, "xlsx.indicator.outlierReason"), t(locale, "xlsx.indicator.comment"),
                t(locale, "xlsx.indicator.updatedAt")));
        Map<Long, GroupTally> groups = new LinkedHashMap<>();
        for (IndicatorSummary i : readable) {
            SortedMap<String, BigDecimal> series = i.computed()
                    ? ValueRules.ratio(i, plain(byIndicator.get(i.numeratorId())), plain(byIndicator.get(i.denominatorId())))
                    : plain(byIndicator.get(i.id()));
            GroupTally tally = groups.computeIfAbsent(i.thematicGroupId(), g -> new GroupTally(i.groupName()));
            tally.indicators++;
            for (Map.Entry<String, BigDecimal> e : series.entrySet()) {
                String period = e.getKey();
                BigDecimal value = e.getValue();
                IndicatorValue v = i.computed() ? null : byIndicator.get(i.id()).get(period);
                BigDecimal target = i.targetFor(period);
                Double attainment = attainment(i, value, target);
                boolean isValidated = validated.contains(i.thematicGroupId() + "/" + period);
                sheet.row().text(i.groupName()).text(i.code()).text(i.name()).text(i.unit()).text(period)
                        .decimal(value, i.decimals()).decimal(target, i.decimals())
                        .decimal(target == null ? null : value.subtract(target), i.decimals())
                        .number(attainment, XlsxWorkbook.PERCENT)
                        .text(t(locale, i.computed() ? "xlsx.yes" : "xlsx.no"))
                        .text(v == null ? null : t(locale, v.getSource().labelKey()))
                        .text(v == null ? null : v.getSourceDetail())
                        // Associations get what the CSV gives them: not the follow-up's own validation, outlier
                        // reasons or update times.
                        .text(!readsAll ? null : t(locale, isValidated ? "xlsx.indicator.validated" : "xlsx.indicator.notValidated"))
                        .text(!readsAll || v == null || !v.isOutlier() ? null : v.getOutlierReason())
                        .text(v == null ? null : v.getComment())
                        .dateTime(!readsAll || v == null ? null : v.getUpdatedAt());
                tally.values++;
                if (period.equals(series.lastKey())) {
                    tally.lastPeriod = tally.lastPeriod == null || period.compareTo(tally.lastPeriod) > 0
                            ? period : tally.lastPeriod;
                    if (attainment != null) {
                        tally.attainments.add(attainment);
                    }
                }
            }
        }
        if (readsAll) {
            XlsxSheet summary = book.sheet(t(locale, "xlsx.indicator.summarySheet"), List.of(
                    t(locale, "xlsx.indicator.group"), t(locale, "xlsx.indicator.indicators"),
                    t(locale, "xlsx.indicator.values"), t(locale, "xlsx.indicator.lastPeriod"),
                    t(locale, "xlsx.indicator.meanAttainment")));
            for (GroupTally g : groups.values()) {
                summary.row().text(g.name).number(g.indicators, XlsxWorkbook.INTEGER)
                        .number(g.values, XlsxWorkbook.INTEGER).text(g.lastPeriod)
                        .number(g.attainments.isEmpty() ? null
                                : g.attainments.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                                XlsxWorkbook.PERCENT);
            }
        }
        return book.toBytes();
    }

    /**
     * How far a value went towards its target (1 = reached): value ÷ target, or target ÷ value when lower is better;
     * none without a target (or with a zero one, or a zero value when lower is better).
     */
    static Double attainment(IndicatorSummary i, BigDecimal value, BigDecimal target) {
        if (target == null || target.signum() == 0 || (value.signum() == 0 && i.direction() == Direction.LOWER_IS_BETTER)) {
            return null;
        }
        BigDecimal ratio = i.direction() == Direction.HIGHER_IS_BETTER
                ? value.divide(target, 6, RoundingMode.HALF_UP) : target.divide(value, 6, RoundingMode.HALF_UP);
        return ratio.doubleValue();
    }

    private static final class GroupTally {
        private final String name;
        private int indicators;
        private int values;
        private String lastPeriod;
        private final List<Double> attainments = new ArrayList<>();

        private GroupTally(String name) {
            this.name = name;
        }
    }

    private String t(Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }

    private static TreeMap<String, BigDecimal> plain(TreeMap<String, IndicatorValue> values) {
        TreeMap<String, BigDecimal> out = new TreeMap<>();
        if (values != null) {
            values.forEach((k, v) -> out.put(k, v.getValue()));
        }
        return out;
    }
}
