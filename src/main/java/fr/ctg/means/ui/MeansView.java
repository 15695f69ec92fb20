package fr.ctg.means.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Chart;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.means.MeansCategory;
import fr.ctg.means.MeansCsvService;
import fr.ctg.means.MeansRow;
import fr.ctg.means.MeansService;
import fr.ctg.means.MeansTotals;
import fr.ctg.means.MeansXlsxService;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Annexe 1 — the means mobilised by each partner: one line per partner, field, year and nature (service offer,
 * staff in FTE, funding in € by source), linked to the objectives they serve; totals per partner, field and year,
 * the funding by year in a chart (its figures are the table beside it), CSV export and import, Excel export.
 */
@Route("moyens")
@Menu(order = 1.6, icon = "vaadin:coins", title = "nav.means")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class MeansView extends VerticalLayout implements HasDynamicTitle {

    private final MeansService means;
    private final MeansCsvService csv;
    private final MeansXlsxService xlsx;
    private final ConventionHistoryService history;
    private final ConventionService conventions;
    private final long conventionId;
    private final boolean edit;

    MeansView(MeansService means, MeansCsvService csv, MeansXlsxService xlsx, ConventionHistoryService history,
              ConventionService conventions, CurrentConvention currentConvention) {
        this.means = means;
        this.csv = csv;
        this.xlsx = xlsx;
        this.history = history;
        this.conventions = conventions;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        this.edit = means.canEdit(conventionId);
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("means.title")));
        HorizontalLayout bar = new HorizontalLayout();
        if (edit) {
            Button add = new Button(getTranslation("means.add"), e -> dialog(null));
            add.setId("means-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }
        Button csvButton = new Button(getTranslation("means.csv.title"),
                e -> new MeansCsvDialog(csv, xlsx, conventionId, edit, this::refresh).open());
        csvButton.setId("means-csv");
        bar.add(csvButton);
        add(bar);
        List<MeansRow> rows = means.list(conventionId);
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("means.none")));
            return;
        }
        add(grid(rows));
        MeansTotals totals = means.totals(conventionId);
        add(new H3(getTranslation("means.totals")));
        HorizontalLayout tables = new HorizontalLayout(totalsTable("means-totals-partner", "means.byPartner",
                totals.byPartner()), totalsTable("means-totals-field", "means.byField", totals.byField()),
                totalsTable("means-totals-year", "means.byYear", totals.byYear()));
        tables.setWrap(true);
        add(tables, chart(rows));
    }

    private Grid<MeansRow> grid(List<MeansRow> rows) {
        Grid<MeansRow> grid = new Grid<>();
        grid.setId("means-grid");
        grid.addColumn(MeansRow::year).setHeader(getTranslation("means.field.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MeansRow::partyName).setHeader(getTranslation("means.field.party")).setAutoWidth(true);
        grid.addColumn(MeansRow::fieldTitle).setHeader(getTranslation("means.field.field")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.category().labelKey())).setHeader(getTranslation("means.field.category"))
                .setAutoWidth(true);
        grid.addColumn(MeansRow::label).setHeader(getTranslation("means.field.label")).setFlexGrow(2);
        grid.addColumn(r -> Formats.number(r.quantity(), getLocale()) + " " + r.unit())
                .setHeader(getTranslation("means.field.quantity")).setAutoWidth(true);
        grid.addColumn(r -> r.source() == null ? "" : getTranslation(r.source().labelKey()))
                .setHeader(getTranslation("means.field.source")).setAutoWidth(true);
        if (edit) {
            grid.addComponentColumn(r -> {
                Button change = new Button(getTranslation("means.edit"), e -> dialog(r));
                change.getElement().setAttribute("aria-label", getTranslation("means.editNamed", r.label()));
                Button remove = new Button(getTranslation("action.remove"), e -> {
                    try {
                        means.delete(r.id());
                        refresh();
                    } catch (BusinessRuleException ex) {
                        Notifications.error(ex);
                    }
                });
                remove.getElement().setAttribute("aria-label", getTranslation("means.removeNamed", r.label()));
                return new HorizontalLayout(change, remove);
            }).setAutoWidth(true);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void dialog(MeansRow existing) {
        new MeansLineDialog(means, conventionId, history.parties(conventionId),
                conventions.fields(conventionId), means.objectiveChoices(conventionId), existing, this::refresh).open();
    }

    private Component totalsTable(String id, String titleKey, List<MeansTotals.Total> totals) {
        Grid<MeansTotals.Total> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(MeansTotals.Total::group).setHeader(getTranslation(titleKey));
        grid.addColumn(t -> getTranslation(t.category().labelKey())).setHeader(getTranslation("means.field.category"));
        grid.addColumn(t -> Formats.number(t.sum(), getLocale()) + " " + t.unit())
                .setHeader(getTranslation("means.total"));
        grid.setItems(totals);
        grid.setAllRowsVisible(true);
        grid.setWidth("min(30rem, 96vw)");
        return grid;
    }

    /** Funding (€) by year, one bar per partner; the same figures are in the "per year" and "per partner" tables. */
    private Component chart(List<MeansRow> rows) {
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, Map<Integer, BigDecimal>> byPartner = new LinkedHashMap<>();
        for (MeansRow r : rows) {
            if (r.category() == MeansCategory.FUNDING) {
                years.add(r.year());
                byPartner.computeIfAbsent(r.partyName(), k -> new LinkedHashMap<>()).merge(r.year(), r.quantity(),
                        BigDecimal::add);
            }
        }
        Div box = new Div();
        if (years.isEmpty()) {
            return box;
        }
        List<Object> series = new ArrayList<>();
        byPartner.forEach((partner, values) -> series.add(Map.of("name", partner, "type", "bar", "stack", "funding",
                "data", years.stream().map(y -> values.getOrDefault(y, BigDecimal.ZERO)).toList())));
        Chart chart = new Chart(getTranslation("means.chart"), Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of(),
                "xAxis", Map.of("type", "category", "data", years.stream().map(String::valueOf).toList()),
                "yAxis", Map.of("type", "value", "name", "€"),
                "series", series));
        chart.setId("means-chart");
        box.add(new H3(getTranslation("means.chart")), chart);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("means.title");
    }
}
