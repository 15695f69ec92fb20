package fr.ctg.report;

import fr.ctg.means.MeansRow;
import fr.ctg.means.MeansService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Annexe 1 for the years of the period: each partner's means, then totals per partner and nature. */
@Component
@Order(60)
class MeansSection implements ReportSection {

    private final MeansService means;

    MeansSection(MeansService means) {
        this.means = means;
    }

    @Override
    public String stepKey() {
        return "report.step.means";
    }

    @Override
    public void write(ReportContext r) {
        r.heading(1, "report.means");
        int from = r.request.from().getYear();
        int to = r.request.to().getYear();
        List<MeansRow> lines = means.list(r.request.conventionId()).stream()
                .filter(m -> m.year() >= from && m.year() <= to).toList();
        if (lines.isEmpty()) {
            r.missing("report.means.none");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (MeansRow m : lines) {
            String unit = unit(r, m);
            rows.add(List.of(m.partyName(), m.fieldTitle(), String.valueOf(m.year()), r.t(m.category().labelKey()),
                    m.label(), r.number(m.quantity()), unit));
            // Per partner (by id: names may repeat), year, nature and unit; an offer without unit adds up per label.
            String measure = unit.isBlank() ? m.label() : unit;
            totals.merge(m.partyId() + "\u0000" + m.partyName() + "\u0000" + m.year() + "\u0000"
                    + r.t(m.category().labelKey()) + "\u0000" + measure, m.quantity(), BigDecimal::add);
        }
        r.table(List.of(r.t("report.means.partner"), r.t("report.means.field"), r.t("report.means.year"),
                r.t("report.means.category"), r.t("report.means.label"), r.t("report.means.quantity"),
                r.t("report.means.unit")), rows, 2, 2.2f, 0.8f, 1.4f, 3, 1.2f, 1.6f);
        r.heading(2, "report.means.totals");
        List<List<String>> totalRows = new ArrayList<>();
        totals.forEach((key, sum) -> {
            String[] k = key.split("\u0000", -1);
            totalRows.add(List.of(k[1], k[2], k[3], r.number(sum), k[4]));
        });
        r.table(List.of(r.t("report.means.partner"), r.t("report.means.year"), r.t("report.means.category"),
                r.t("report.means.quantity"), r.t("report.means.unit")), totalRows, 3, 0.8f, 2, 1.5f, 2);
    }

    private static String unit(ReportContext r, MeansRow m) {
        return switch (m.category()) {
            case FUNDING -> "€" + (m.source() == null ? "" : " — " + r.t(m.source().labelKey()));
            case STAFF -> r.t("report.means.fte");
            case SERVICE_OFFER -> m.unit() == null ? "" : m.unit();
        };
    }
}
