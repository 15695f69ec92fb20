package fr.ctg.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import fr.ctg.base.ui.Chart;
import fr.ctg.base.i18n.Formats;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.indicator.IndicatorSummary;
import fr.ctg.indicator.ValueChange;
import fr.ctg.indicator.ValueRow;
import java.time.ZoneId;
import java.util.List;

/** One indicator: its chart (actuals, baseline, targets), the same data as a table, and each value's history. */
class IndicatorDetailDialog extends Dialog {

    private final IndicatorUiServices services;
    private final IndicatorSummary indicator;
    private final Div history = new Div();

    /** @param edit opens the catalogue form for this indicator, or null for people who do not keep the catalogue */
    IndicatorDetailDialog(IndicatorUiServices services, IndicatorSummary indicator, Runnable edit) {
        this.services = services;
        this.indicator = indicator;
        setId("indicator-detail");
        setHeaderTitle(indicator.name());
        setWidth("min(56rem, 96vw)");
        List<ValueRow> series = services.values().series(indicator.id());
        if (indicator.definition() != null) {
            add(new Paragraph(indicator.definition()));
        }
        add(new Paragraph(getTranslation("indicator.detail.meta", indicator.unit(),
                getTranslation(indicator.periodicity().labelKey()), getTranslation(indicator.direction().labelKey()))
                + (indicator.computed() ? " " + getTranslation("indicator.detail.computed") : "")));
        Chart chart = new Chart(getTranslation("indicator.detail.chartLabel", indicator.name()),
                IndicatorCharts.series(indicator, series, getTranslation("indicator.chart.actual"),
                        getTranslation("indicator.chart.target"), getTranslation("indicator.chart.baseline")));
        chart.setId("indicator-chart");
        Button svg = new Button(getTranslation("indicator.chart.download"),
                e -> chart.downloadSvg(indicator.code() + ".svg"));
        svg.setId("indicator-chart-svg");
        svg.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(chart, svg, new H4(getTranslation("indicator.detail.table")), table(series), historyChooser(series), history);
        services.discussions().panelIfReadable(DiscussionKind.INDICATOR, indicator.id(), "indicator-discussion")
                .ifPresent(panel -> add(new H4(getTranslation("discussion.title")), panel));
        if (edit != null) {
            Button change = new Button(getTranslation("indicator.form.editButton"), e -> {
                close();
                edit.run();
            });
            change.setId("indicator-edit");
            getFooter().add(change);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private Grid<ValueRow> table(List<ValueRow> series) {
        Grid<ValueRow> grid = new Grid<>();
        grid.setId("indicator-values");
        grid.addColumn(ValueRow::period).setHeader(getTranslation("indicator.col.period"));
        grid.addColumn(v -> Texts.number(v.value(), indicator.decimals(), getLocale()))
                .setHeader(getTranslation("indicator.col.value"));
        grid.addColumn(v -> indicator.targetFor(v.period()) == null ? "–"
                : Texts.number(indicator.targetFor(v.period()), indicator.decimals(), getLocale()))
                .setHeader(getTranslation("indicator.col.target"));
        grid.addColumn(v -> v.computed() ? getTranslation("indicator.computed")
                : getTranslation(v.source().labelKey()) + (v.sourceDetail() == null ? "" : " — " + v.sourceDetail()))
                .setHeader(getTranslation("indicator.col.source"));
        grid.addColumn(v -> (v.outlier() ? getTranslation("indicator.flag.outlier", v.outlierReason()) + " " : "")
                + (v.followUp() ? getTranslation("indicator.flag.followUp") + " " : "")
                + (v.comment() == null ? "" : v.comment())).setHeader(getTranslation("indicator.col.comment")).setFlexGrow(2);
        grid.setItems(series);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Choose a period to see who wrote its value, when, and what it replaced. */
    private Component historyChooser(List<ValueRow> series) {
        Select<String> period = new Select<>();
        period.setId("indicator-history-period");
        period.setLabel(getTranslation("indicator.col.period"));
        period.setItems(series.stream().map(ValueRow::period).toList());
        Button show = new Button(getTranslation("indicator.history"), e -> {
            if (period.getValue() != null) {
                showHistory(period.getValue());
            }
        });
        show.setId("indicator-history-show");
        HorizontalLayout row =
                new HorizontalLayout(period, show);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setVisible(!indicator.computed() && !series.isEmpty());
        return row;
    }

    private void showHistory(String period) {
        history.removeAll();
        history.setId("indicator-history");
        history.add(new H4(getTranslation("indicator.history.title", period)));
        UnorderedList list = new UnorderedList();
        for (ValueChange c : services.values().history(indicator.id(), period)) {
            list.add(new ListItem(Formats.date(c.changedAt().atZone(ZoneId.of("Europe/Paris")).toLocalDate(), getLocale())
                    + " — " + c.changedBy() + " : "
                    + (c.previousValue() == null ? "" : Texts.number(c.previousValue(), indicator.decimals(), getLocale()) + " → ")
                    + Texts.number(c.newValue(), indicator.decimals(), getLocale()) + " (" + getTranslation(c.source().labelKey())
                    + (c.sourceDetail() == null ? "" : ", " + c.sourceDetail()) + ")"));
        }
        history.add(list);
    }
}
