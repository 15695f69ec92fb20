package fr.ctg.diagnostic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.TimeConfig;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Chart;
import fr.ctg.convention.ConventionOverview;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.diagnostic.DiagnosticDetails;
import fr.ctg.diagnostic.DiagnosticFigure;
import fr.ctg.diagnostic.DiagnosticService;
import fr.ctg.diagnostic.DiagnosticVersionRow;
import fr.ctg.diagnostic.ThemeDiagnostic;
import fr.ctg.indicator.IndicatorDashboardService;
import fr.ctg.indicator.RadarAxis;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Annexe 2 — the shared diagnostic: the territory-level characteristics (the portrait), then per theme its four
 * angles, and the two "étoiles" side by side, the diagnostic's scores and the indicators' attainment, on the same
 * branches. Editors work on the draft and publish it; any published version can be chosen and read as it was.
 */
@Route("diagnostic")
@Menu(order = 1.7, icon = "vaadin:star-o", title = "nav.diagnostic")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class DiagnosticView extends VerticalLayout implements HasDynamicTitle {

    /** The territory figures the page shows: a save from them is refused if someone changed them meanwhile. */
    private List<DiagnosticFigure> shownTerritory = List.of();

    /** The draft in the version selector. */
    static final int DRAFT = 0;

    private final DiagnosticService diagnostics;
    private final ConventionService conventions;
    private final IndicatorDashboardService indicators;
    private final Clock clock;
    private final long conventionId;
    private final boolean edit;
    private final Select<Integer> version = new Select<>();
    private final Paragraph status = new Paragraph();
    private final HorizontalLayout bar = new HorizontalLayout();
    private final Div content = new Div();
    private Map<Integer, DiagnosticVersionRow> rows = Map.of();

    DiagnosticView(DiagnosticService diagnostics, ConventionService conventions, IndicatorDashboardService indicators,
                   Clock clock, CurrentConvention currentConvention) {
        this.diagnostics = diagnostics;
        this.conventions = conventions;
        this.indicators = indicators;
        this.clock = clock;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        this.edit = diagnostics.canEdit(conventionId);
        add(new H2(getTranslation("diagnostic.title")), new Paragraph(getTranslation("diagnostic.intro")));
        version.setId("diagnostic-version");
        version.setLabel(getTranslation("diagnostic.version"));
        version.setItemLabelGenerator(this::versionLabel);
        version.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        bar.setAlignItems(Alignment.BASELINE);
        bar.add(version);
        status.setId("diagnostic-status");
        content.setWidthFull();
        add(bar, status, content);
        reload(null);
    }

    /** Reads the versions again and shows {@code select} (null: the draft for editors, the latest for readers). */
    private void reload(Integer select) {
        List<DiagnosticVersionRow> list = diagnostics.versions(conventionId);
        rows = list.stream().collect(Collectors.toMap(DiagnosticVersionRow::version, Function.identity()));
        List<Integer> items = new ArrayList<>();
        if (edit) {
            items.add(DRAFT);
        }
        list.forEach(r -> items.add(r.version()));
        if (items.isEmpty()) {
            version.setVisible(false);
            showNothingPublished();
            return;
        }
        version.setItems(items);
        Integer target = select != null && items.contains(select) ? select : items.getFirst();
        if (target.equals(version.getValue())) {
            show(target);
        } else {
            version.setValue(target);
        }
    }

    private String versionLabel(Integer n) {
        if (n == DRAFT) {
            return getTranslation("diagnostic.version.draft");
        }
        DiagnosticVersionRow r = rows.get(n);
        return r == null ? String.valueOf(n)
                : getTranslation("diagnostic.version.label", n, date(r.publishedAt()), r.publishedByName());
    }

    private String date(Instant at) {
        return Formats.date(LocalDate.ofInstant(at, TimeConfig.ZONE), getLocale());
    }

    private void show(int n) {
        DiagnosticDetails d = n == DRAFT ? diagnostics.draft(conventionId) : diagnostics.version(conventionId, n);
        bar.getChildren().filter(c -> c != version).toList().forEach(bar::remove);
        if (n == DRAFT) {
            status.setText(rows.isEmpty() ? getTranslation("diagnostic.status.firstDraft")
                    : getTranslation("diagnostic.status.draft", rows.keySet().stream().max(Integer::compare)
                            .orElseThrow()));
            Button publish = new Button(getTranslation("diagnostic.publish"),
                    e -> new PublishDialog(diagnostics, conventionId, this::reload).open());
            publish.setId("diagnostic-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(publish);
        } else {
            DiagnosticVersionRow r = rows.get(n);
            status.setText(getTranslation("diagnostic.status.version", n, date(r.publishedAt()), r.publishedByName())
                    + (r.note() == null ? "" : " — " + r.note()));
        }
        render(d, n == DRAFT && edit);
    }

    private void showNothingPublished() {
        status.setText(getTranslation("diagnostic.status.none"));
        content.removeAll();
        List<DiagnosticFigure> portrait = new ArrayList<>();
        for (ConventionOverview.Figure f : conventions.territoryPortrait(conventionId)) {
            if (f.year() != null) {
                portrait.add(new DiagnosticFigure(f.label(), f.value(), f.unit(), f.source(), f.year()));
            }
        }
        Div territory = new Div(new H3(getTranslation("diagnostic.territory")),
                new Paragraph(getTranslation("diagnostic.territory.portraitOnly")));
        territory.setId("diagnostic-territory");
        if (!portrait.isEmpty()) {
            territory.add(new FigureTable("diagnostic-territory-figures", portrait, null));
        }
        content.add(territory);
    }

    private void render(DiagnosticDetails d, boolean editable) {
        content.removeAll();
        ThemeSection.Editing editing = editable
                ? new ThemeSection.Editing(diagnostics, conventionId, () -> reload(DRAFT)) : null;
        content.add(radars(d), territory(d, editing));
        for (ThemeDiagnostic t : d.themes()) {
            content.add(new ThemeSection(t, editing));
        }
    }

    /** Angle 1 for the whole territory: the portrait's figures as the diagnostic holds them. */
    private Div territory(DiagnosticDetails d, ThemeSection.Editing editing) {
        shownTerritory = d.territory();
        Div box = new Div(new H3(getTranslation("diagnostic.territory")),
                new Paragraph(getTranslation("diagnostic.territory.help")));
        box.setId("diagnostic-territory");
        box.addClassName("ctg-card");
        if (!d.territory().isEmpty()) {
            box.add(new FigureTable("diagnostic-territory-figures", d.territory(), editing == null ? null
                    : list -> ThemeSection.orNotify(() -> saveTerritory(list))));
        }
        if (editing != null) {
            Button add = new Button(getTranslation("diagnostic.figure.add"),
                    e -> new FigureDialog(d.territory(), this::saveTerritory).open());
            add.setId("diagnostic-territory-add");
            add.getElement().setAttribute("aria-label", getTranslation("diagnostic.territory.add"));
            box.add(add);
        }
        return box;
    }

    private void saveTerritory(List<DiagnosticFigure> list) {
        try {
            diagnostics.saveTerritory(conventionId, shownTerritory, list);
        } catch (BusinessRuleException ex) {
            if ("diagnostic.error.changedMeanwhile".equals(ex.getMessageKey())) {
                reload(DRAFT);
            }
            throw ex;
        }
        reload(DRAFT);
    }

    /**
     * The two "étoiles" on the same branches (the version's themes): its scores, and the indicators' attainment of
     * the year before the version (the draft: before today), with both in a table beside them.
     */
    private Div radars(DiagnosticDetails d) {
        int year = LocalDate.ofInstant(Optional.ofNullable(d.publishedAt()).orElseGet(clock::instant), TimeConfig.ZONE)
                .getYear() - 1;
        List<RadarAxis> attainment = indicators.radar(conventionId, year);
        Map<Long, RadarAxis> byGroup = attainment.stream()
                .collect(Collectors.toMap(RadarAxis::thematicGroupId, Function.identity(), (a, b) -> a));
        List<String> names = d.themes().stream().map(ThemeDiagnostic::groupName).toList();
        List<Integer> scores = d.themes().stream().map(ThemeDiagnostic::score).toList();
        List<Integer> attained = d.themes().stream().map(t -> Optional.ofNullable(byGroup.get(t.thematicGroupId()))
                .map(RadarAxis::score).orElse(null)).toList();
        Chart diagnostic = new Chart(getTranslation("diagnostic.radar.label"), DiagnosticCharts.radar(names, scores, 100,
                getTranslation("diagnostic.radar.series"), "#7c3aed", null));
        diagnostic.setId("diagnostic-radar-chart");
        diagnostic.setHeight("360px");
        Chart indicatorChart = new Chart(getTranslation("diagnostic.attainment.label", year), DiagnosticCharts.radar(
                names, attained, 150, getTranslation("diagnostic.attainment.series", year), "#0b5fa5",
                getTranslation("indicator.radar.target")));
        indicatorChart.setId("diagnostic-attainment-chart");
        indicatorChart.setHeight("360px");
        Div left = new Div(new H3(getTranslation("diagnostic.radar.title")), diagnostic);
        Div right = new Div(new H3(getTranslation("diagnostic.attainment.title", year)), indicatorChart);
        for (Div side : List.of(left, right)) {
            side.setWidth("min(32rem, 96vw)");
        }
        HorizontalLayout charts = new HorizontalLayout(left, right);
        charts.setWrap(true);
        record ScoreRow(String theme, Integer score, Integer attainment) {
        }
        List<ScoreRow> table = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            table.add(new ScoreRow(names.get(i), scores.get(i), attained.get(i)));
        }
        Grid<ScoreRow> grid = new Grid<>();
        grid.setId("diagnostic-score-table");
        grid.setAriaLabel(getTranslation("diagnostic.radar.table"));
        grid.addColumn(ScoreRow::theme).setHeader(getTranslation("diagnostic.theme"));
        grid.addColumn(r -> r.score() == null ? getTranslation("diagnostic.score.none") : String.valueOf(r.score()))
                .setHeader(getTranslation("diagnostic.radar.series"));
        grid.addColumn(r -> r.attainment() == null ? getTranslation("indicator.radar.noScore") : r.attainment() + " %")
                .setHeader(getTranslation("diagnostic.attainment.series", year));
        grid.setItems(table);
        grid.setAllRowsVisible(true);
        Div box = new Div(charts, grid);
        box.setId("diagnostic-radars");
        box.setWidthFull();
        return box;
    }

    /** A paragraph for a dialog's refusal, read out when it changes. */
    static Paragraph errorText(String id) {
        Paragraph error = new Paragraph();
        error.setId(id);
        error.addClassName("ctg-error-text");
        error.getElement().setAttribute("role", "alert");
        return error;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("diagnostic.title");
    }
}
