package fr.ctg.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.ui.Chart;
import fr.ctg.base.ui.PhoneCards;
import fr.ctg.base.xlsx.XlsxWorkbook;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.indicator.DashboardRow;
import fr.ctg.indicator.IndicatorSummary;
import fr.ctg.indicator.IndicatorXlsxService;
import fr.ctg.indicator.RadarAxis;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * "Indicateurs": per thematic group, each indicator's last value, its trend and its distance to the target; a row
 * opens its chart. Below, the "étoile" (Annexe 2) of a year. Associations see the indicators published to them.
 */
@Route("indicateurs")
@Menu(order = 7, icon = "vaadin:chart-line", title = "nav.indicators")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER, Role.ASSOCIATION})
class IndicatorsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final IndicatorUiServices services;
    private final long conventionId;
    private final boolean readsAll;
    private final Select<ThematicGroupRef> group = new Select<>();
    private final Grid<DashboardRow> grid = new Grid<>();
    private final Div radarSlot = new Div();
    private final boolean canEdit;

    IndicatorsView(CurrentConvention currentConvention, IndicatorUiServices services) {
        this.services = services;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        Set<Role> roles = currentConvention.roles();
        this.readsAll = roles.stream().anyMatch(Role.CONVENTION_READERS::contains);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("indicator.heading")));
        header.setAlignItems(Alignment.BASELINE);
        if (readsAll && services.conventions().overview(conventionId).demo()) {
            Span demo = new Span(getTranslation("indicator.demoData"));
            demo.getElement().getThemeList().add("badge contrast");
            header.add(demo);
        }
        if (roles.stream().anyMatch(r -> r == Role.ADMIN || r == Role.SECRETARIAT || r == Role.FOLLOW_UP_MEMBER
                || r == Role.EVALUATION_REFERENT)) {
            Button entry = new Button(getTranslation("indicator.entry.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate(IndicatorEntryView.class)));
            entry.setId("indicator-entry");
            entry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button csv = new Button(getTranslation("indicator.csv.open"),
                    e -> new CsvDialog(services, conventionId, this::refresh).open());
            csv.setId("indicator-csv");
            header.add(entry, csv, xlsx());
        }
        canEdit = roles.stream().anyMatch(r -> r == Role.ADMIN || r == Role.SECRETARIAT || r == Role.EVALUATION_REFERENT);
        if (canEdit) {
            Button add = new Button(getTranslation("indicator.form.new"),
                    e -> new IndicatorFormDialog(services, conventionId, null, this::refresh).open());
            add.setId("indicator-new");
            header.add(add);
        }
        add(header);
        grid.setId("indicator-dashboard");
        grid.addColumn(r -> r.indicator().name()).setHeader(getTranslation("indicator.col.name")).setFlexGrow(3);
        grid.addColumn(this::lastText).setHeader(getTranslation("indicator.col.last")).setFlexGrow(2);
        grid.addComponentColumn(this::trend).setHeader(getTranslation("indicator.col.trend"));
        grid.addColumn(this::targetText).setHeader(getTranslation("indicator.col.target"));
        grid.addColumn(this::gapText).setHeader(getTranslation("indicator.col.gap")).setFlexGrow(2);
        PhoneCards.apply(grid, getTranslation("indicator.col.name"), r -> {
            Div card = PhoneCards.card(new Span(r.indicator().name()), lastText(r),
                    r.target() == null ? null
                            : getTranslation("indicator.col.target") + " : " + targetText(r) + " · " + gapText(r));
            card.add(trend(r));
            return card;
        });
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem().indicator()));
        grid.setAriaLabel(getTranslation("indicator.dashboard.label"));
        if (readsAll) {
            List<ThematicGroupRef> groups = services.conventions().thematicGroups(conventionId);
            group.setId("indicator-group");
            group.setLabel(getTranslation("indicator.group"));
            group.setItems(groups);
            group.setItemLabelGenerator(ThematicGroupRef::name);
            group.addValueChangeListener(e -> refresh());
            add(group);
            if (!groups.isEmpty()) {
                group.setValue(groups.getFirst());
            }
        }
        add(grid, new Paragraph(getTranslation("indicator.dashboard.help")));
        if (readsAll) {
            add(radar());
        } else {
            refresh();
        }
    }

    /** The whole dashboard as an Excel workbook, made when it is downloaded, headers in the reader's language. */
    private Anchor xlsx() {
        Locale locale = getLocale();
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = services.xlsx().dashboard(conventionId, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), IndicatorXlsxService.FILE_NAME,
                    XlsxWorkbook.CONTENT_TYPE, bytes.length);
        }), getTranslation("xlsx.export"));
        xlsx.setId("indicator-xlsx");
        return xlsx;
    }

    private String lastText(DashboardRow r) {
        return r.last() == null ? getTranslation("indicator.noValue")
                : Texts.number(r.last().value(), r.indicator().decimals(), getLocale()) + " " + r.indicator().unit()
                + " (" + r.last().period() + ")";
    }

    private String targetText(DashboardRow r) {
        return r.target() == null ? "–" : Texts.number(r.target(), r.indicator().decimals(), getLocale());
    }

    private String gapText(DashboardRow r) {
        return r.gap() == null ? "–" : (r.gap().signum() > 0 ? "+" : "")
                + Texts.number(r.gap(), r.indicator().decimals(), getLocale())
                + " " + getTranslation(Boolean.TRUE.equals(r.onTarget()) ? "indicator.onTarget" : "indicator.offTarget");
    }

    private Span trend(DashboardRow r) {
        String arrow = switch (r.trend()) {
            case UP -> "↗";
            case DOWN -> "↘";
            case FLAT -> "→";
            case NONE -> "";
        };
        Span s = new Span(arrow + " " + getTranslation(r.trend().labelKey()));
        if (r.trend() != DashboardRow.Trend.NONE && r.trend() != DashboardRow.Trend.FLAT) {
            s.getElement().getThemeList().add(r.improving() ? "badge success" : "badge error");
        }
        return s;
    }

    private void refresh() {
        if (readsAll) {
            ThematicGroupRef g = group.getValue();
            grid.setItems(g == null ? List.of() : services.dashboard().group(conventionId, g.id()));
        } else {
            grid.setItems(services.catalogue().catalogue(conventionId).stream().map(IndicatorSummary::thematicGroupId)
                    .distinct().flatMap(id -> services.dashboard().group(conventionId, id).stream()).toList());
        }
    }

    /** {@code indicateurs?ouvrir=<id>} (a search result, a notification) opens that indicator's details. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("ouvrir").ifPresent(id -> {
            try {
                IndicatorSummary indicator = services.catalogue().get(Long.parseLong(id));
                if (indicator.conventionId() != conventionId) {
                    throw new NotFoundException();
                }
                open(indicator);
            } catch (NumberFormatException e) {
                throw new NotFoundException();
            }
        });
    }

    private void open(IndicatorSummary indicator) {
        new IndicatorDetailDialog(services, indicator, canEdit ? () -> new IndicatorFormDialog(services, conventionId,
                services.catalogue().get(indicator.id()), this::refresh).open() : null).open();
    }

    private Div radar() {
        Div box = new Div(new H3(getTranslation("indicator.radar.title")),
                new Paragraph(getTranslation("indicator.radar.help")));
        box.setId("indicator-radar");
        int thisYear = LocalDate.now(services.clock()).getYear();
        Select<Integer> year = new Select<>();
        year.setId("indicator-radar-year");
        year.setLabel(getTranslation("indicator.radar.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 10, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.addValueChangeListener(e -> drawRadar(e.getValue()));
        box.add(year, radarSlot);
        year.setValue(thisYear - 1);
        return box;
    }

    private void drawRadar(int year) {
        radarSlot.removeAll();
        List<RadarAxis> axes = services.dashboard().radar(conventionId, year);
        Chart chart = new Chart(getTranslation("indicator.radar.label", year), IndicatorCharts.radar(axes,
                getTranslation("indicator.radar.series", year), getTranslation("indicator.radar.target")));
        chart.setId("indicator-radar-chart");
        chart.setHeight("380px");
        Grid<RadarAxis> table = new Grid<>();
        table.setId("indicator-radar-table");
        table.addColumn(RadarAxis::groupName).setHeader(getTranslation("indicator.group"));
        table.addColumn(a -> a.score() == null ? getTranslation("indicator.radar.noScore") : a.score() + " %")
                .setHeader(getTranslation("indicator.radar.score"));
        table.addColumn(RadarAxis::indicatorsScored).setHeader(getTranslation("indicator.radar.count"));
        table.setItems(axes);
        table.setAllRowsVisible(true);
        radarSlot.add(chart, table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicator.title");
    }
}
