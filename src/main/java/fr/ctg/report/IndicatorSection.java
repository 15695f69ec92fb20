package fr.ctg.report;

import fr.ctg.base.docs.DocOutline;
import fr.ctg.indicator.IndicatorCatalogueService;
import fr.ctg.indicator.IndicatorDashboardService;
import fr.ctg.indicator.IndicatorSummary;
import fr.ctg.indicator.IndicatorValuesService;
import fr.ctg.indicator.Periodicity;
import fr.ctg.indicator.RadarAxis;
import fr.ctg.indicator.ValueRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The indicators of the period: the attainment radar, then per indicator its chart (values against targets) and a
 * table where every figure cites its source (Article 7); periods without a value are named.
 */
@Component
@Order(20)
class IndicatorSection implements ReportSection {

    static final int CHART_PERIODS = 12;

    private final IndicatorCatalogueService catalogue;
    private final IndicatorValuesService values;
    private final IndicatorDashboardService dashboard;

    IndicatorSection(IndicatorCatalogueService catalogue, IndicatorValuesService values,
                     IndicatorDashboardService dashboard) {
        this.catalogue = catalogue;
        this.values = values;
        this.dashboard = dashboard;
    }

    @Override
    public String stepKey() {
        return "report.step.indicators";
    }

    @Override
    public void write(ReportContext r) {
        r.heading(1, "report.indicators");
        List<IndicatorSummary> all = catalogue.catalogue(r.request.conventionId());
        if (all.isEmpty()) {
            r.missing("report.indicators.none");
            return;
        }
        radar(r);
        Map<Long, String> codes = new LinkedHashMap<>();
        all.forEach(i -> codes.put(i.id(), i.code()));
        String group = null;
        for (IndicatorSummary i : all) {
            if (!i.groupName().equals(group)) {
                group = i.groupName();
                r.heading(2, "report.indicators.group", group);
            }
            indicator(r, i, codes);
        }
    }

    private void radar(ReportContext r) {
        int year = r.request.to().getYear();
        List<RadarAxis> axes = dashboard.radar(r.request.conventionId(), year);
        if (axes.isEmpty() || axes.stream().allMatch(a -> a.score() == null)) {
            r.missing("report.indicators.noRadar", String.valueOf(year));
            return;
        }
        byte[] png = ReportCharts.radar(axes.stream().map(a -> a.score() == null
                        ? r.t("report.indicators.noScore", a.groupName()) : a.groupName()).toList(),
                axes.stream().map(RadarAxis::score).toList(), r.t("report.indicators.attainment"),
                r.t("report.indicators.onTarget"));
        r.blocks.add(new DocOutline.Chart(png, 420, 420 * ReportCharts.RADAR_HEIGHT / (float) ReportCharts.RADAR_WIDTH,
                r.t("report.indicators.radarCaption", String.valueOf(year))));
    }

    private void indicator(ReportContext r, IndicatorSummary i, Map<Long, String> codes) {
        r.blocks.add(new DocOutline.Text(i.code() + " — " + i.name() + (i.unit() == null || i.unit().isBlank()
                ? "" : " (" + i.unit() + ")")));
        List<ValueRow> all = series(r, values, i.id());
        List<ValueRow> series = all.stream().filter(v -> v.value() != null && r.inPeriod(v.period())).toList();
        List<String> expected = expected(r, i);
        List<String> without = expected.stream().filter(p -> series.stream().noneMatch(v -> v.period().equals(p))).toList();
        if (series.isEmpty()) {
            r.missing("report.indicators.noValue", i.code() + " " + i.name());
            return;
        }
        if (!without.isEmpty()) {
            r.missing("report.indicators.missingPeriods", i.code() + " " + i.name(), String.join(", ", without));
        }
        // The chart shows the series as the screen does, up to the end of the period (its last periods), so that
        // a yearly indicator in an annual report is a trend and not a dot; the table holds the period's figures.
        TreeSet<String> periods = new TreeSet<>(expected);
        Map<String, BigDecimal> byPeriod = new LinkedHashMap<>();
        all.stream().filter(v -> v.value() != null && !r.after(v.period()))
                .forEach(v -> {
                    periods.add(v.period());
                    byPeriod.put(v.period(), v.value());
                });
        List<String> charted = List.copyOf(periods).subList(Math.max(0, periods.size() - CHART_PERIODS), periods.size());
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        for (String p : charted) {
            BigDecimal target = i.targetFor(p);
            if (target != null) {
                targets.put(p, target);
            }
        }
        byte[] png = ReportCharts.series(charted, byPeriod, targets, i.unit(), r.t("report.indicators.value"),
                r.t("report.indicators.target"));
        r.blocks.add(new DocOutline.Chart(png, 460, 460 * ReportCharts.HEIGHT / (float) ReportCharts.WIDTH, r.t("report.indicators.chartCaption", i.code(), charted.getFirst(), charted.getLast())));
        List<List<String>> rows = new ArrayList<>();
        for (ValueRow v : series) {
            BigDecimal target = i.targetFor(v.period());
            rows.add(List.of(v.period(), r.number(v.value()), target == null ? "—" : r.number(target), source(r, i, v, codes),
                    v.comment() == null ? "" : v.comment()));
        }
        r.table(List.of(r.t("report.indicators.period"), r.t("report.indicators.value"), r.t("report.indicators.target"),
                r.t("report.indicators.source"), r.t("report.indicators.comment")), rows, 1.2f, 1.2f, 1.2f, 3, 3);
    }

    /** An indicator's values, read once per report. */
    static List<ValueRow> series(ReportContext r, IndicatorValuesService values, long indicatorId) {
        return r.once("series-" + indicatorId, () -> values.series(indicatorId));
    }

    /** Where a figure comes from: its source and detail, or the two indicators a computed ratio comes from. */
    private static String source(ReportContext r, IndicatorSummary i, ValueRow v, Map<Long, String> codes) {
        if (v.computed() && i.numeratorId() != null && i.denominatorId() != null) {
            return r.t("report.indicators.computed", codes.getOrDefault(i.numeratorId(), "?"),
                    codes.getOrDefault(i.denominatorId(), "?"));
        }
        String kind = v.source() == null ? r.t("report.indicators.noSource") : r.t(v.source().labelKey());
        return v.sourceDetail() == null || v.sourceDetail().isBlank() ? kind : kind + " — " + v.sourceDetail();
    }

    /** The periods of the indicator's periodicity that fall in the report's period (none for a one-off measure). */
    private static List<String> expected(ReportContext r, IndicatorSummary i) {
        if (i.periodicity() == Periodicity.ONCE) {
            return List.of();
        }
        return IntStream.rangeClosed(r.request.from().getYear(), r.request.to().getYear()).boxed()
                .flatMap(y -> i.periodicity().periodsOf(y).stream()).filter(p -> r.inPeriod(p) && r.endedBy(p)).toList();
    }
}
