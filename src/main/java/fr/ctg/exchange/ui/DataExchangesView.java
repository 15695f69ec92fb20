package fr.ctg.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.exchange.DataExchangeService;
import fr.ctg.exchange.ExchangeRow;
import fr.ctg.exchange.ExchangeStage;
import fr.ctg.exchange.ExchangeStudy;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Article 7 — the register of data-exchange requests between the parties: each request with its data, purpose and
 * legal basis, the other party's studies, the decision and the period; filters by stage and personal data; CSV.
 */
@Route("echanges-de-donnees")
@Menu(order = 9, icon = "vaadin:exchange", title = "nav.dataExchanges")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class DataExchangesView extends VerticalLayout implements HasDynamicTitle {

    private final DataExchangeService exchanges;
    private final ConventionHistoryService history;
    private final long conventionId;
    private final boolean edit;
    private final Clock clock;
    private final ComboBox<ExchangeStage> stage = new ComboBox<>();
    private final Checkbox personalOnly = new Checkbox();
    private final Div list = new Div();

    DataExchangesView(DataExchangeService exchanges, ConventionHistoryService history,
                      CurrentConvention currentConvention, Clock clock) {
        this.clock = clock;
        this.exchanges = exchanges;
        this.history = history;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        this.edit = exchanges.canEdit(conventionId);
        add(new H2(getTranslation("exchange.title")), new Paragraph(getTranslation("exchange.intro")));
        stage.setLabel(getTranslation("exchange.filter.stage"));
        stage.setId("exchange-filter-stage");
        stage.setItems(ExchangeStage.values());
        stage.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        stage.setClearButtonVisible(true);
        stage.addValueChangeListener(e -> refresh());
        personalOnly.setLabel(getTranslation("exchange.filter.personal"));
        personalOnly.setId("exchange-filter-personal");
        personalOnly.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(stage, personalOnly);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        if (edit) {
            Button create = new Button(getTranslation("exchange.new"), e -> new ExchangeRequestDialog(exchanges,
                    conventionId, history.parties(conventionId), this::refresh).open());
            create.setId("exchange-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = exchanges.export(conventionId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "echanges-de-donnees.csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation("exchange.csv"));
        csv.setId("exchange-csv");
        bar.add(csv);
        list.setId("exchange-list");
        list.setWidthFull();
        add(bar, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var rows = exchanges.list(conventionId, stage.getValue(), personalOnly.getValue() ? Boolean.TRUE : null);
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("exchange.none")));
            return;
        }
        Grid<ExchangeRow> grid = new Grid<>();
        grid.setId("exchange-grid");
        grid.addColumn(ExchangeRow::number).setHeader("N°").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.request().title()).setHeader(getTranslation("exchange.field.title")).setFlexGrow(3);
        grid.addColumn(ExchangeRow::requestingParty).setHeader(getTranslation("exchange.field.party"));
        grid.addColumn(r -> getTranslation(r.request().personalData() ? "avenant.value.yes" : "avenant.value.no"))
                .setHeader(getTranslation("exchange.field.personalData"));
        grid.addColumn(r -> getTranslation(r.stage().labelKey())).setHeader(getTranslation("exchange.filter.stage"));
        grid.addColumn(r -> r.decision() == null ? "" : getTranslation(r.decision().labelKey()))
                .setHeader(getTranslation("exchange.field.decision"));
        grid.addColumn(r -> period(r.startOn(), r.endOn())).setHeader(getTranslation("exchange.period"));
        if (edit) {
            grid.addComponentColumn(this::next).setAutoWidth(true).setKey("next");
        }
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        list.add(grid);
    }

    private Component next(ExchangeRow r) {
        if (r.stage() == ExchangeStage.DECIDED) {
            return new Div();
        }
        String key = switch (r.stage()) {
            case REQUESTED -> "exchange.recordOpportunity";
            case OPPORTUNITY_STUDIED -> "exchange.recordFeasibility";
            default -> "exchange.decide";
        };
        Button b = new Button(getTranslation(key), e -> new ExchangeStepDialog(exchanges, r, LocalDate.now(clock), this::refresh).open());
        b.setId("exchange-next-" + r.number());
        b.getElement().setAttribute("aria-label", getTranslation(key) + " – " + r.request().title());
        return b;
    }

    private Component details(ExchangeRow r) {
        Div d = new Div();
        d.addClassName("ctg-exchange-details");
        line(d, "exchange.field.categories", r.request().dataCategories());
        line(d, "exchange.field.purpose", r.request().purpose());
        line(d, "exchange.field.legalBasis", r.request().legalBasis());
        if (r.request().personalData()) {
            line(d, "exchange.field.recipients", r.request().recipients());
            line(d, "exchange.field.retention", r.request().retention());
            line(d, "exchange.field.cnil", r.request().cnilFormalities());
        }
        study(d, "exchange.opportunity", r, r.opportunity());
        study(d, "exchange.feasibility", r, r.feasibility());
        if (r.decision() != null) {
            line(d, "exchange.field.decision", getTranslation(r.decision().labelKey()) + " – "
                    + Formats.date(r.decidedOn(), getLocale()));
            line(d, "exchange.field.conditions", r.conditions());
        }
        return d;
    }

    private void study(Div d, String key, ExchangeRow r, ExchangeStudy s) {
        if (s != null) {
            labelled(d, getTranslation(key, r.otherParty()), getTranslation(Boolean.TRUE.equals(s.favourable())
                    ? "exchange.study.favourable" : "exchange.study.unfavourable") + " – "
                    + Formats.date(s.on(), getLocale()) + " – " + s.by() + " : " + s.text());
        }
    }

    private void line(Div d, String labelKey, String value) {
        labelled(d, getTranslation(labelKey), value);
    }

    private void labelled(Div d, String label, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new Paragraph(label + " : " + value));
        }
    }

    private String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        return (start == null ? "…" : Formats.date(start, getLocale())) + " → "
                + (end == null ? "…" : Formats.date(end, getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.title");
    }
}
