package fr.ctg.diagnostic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.KaribuTest;
import fr.ctg.base.ui.Chart;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.NewConvention;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.diagnostic.DiagnosticService;
import fr.ctg.indicator.IndicatorDashboardService;
import fr.ctg.indicator.RadarAxis;
import fr.ctg.objective.EditingFixture;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The diagnostic page: four angles per theme, both stars with the right values, an earlier version chosen and read,
 * an editor adding a figure through its form.
 */
class DiagnosticViewTest extends KaribuTest {

    @Autowired EditingFixture fixture;
    @Autowired DiagnosticService diagnostics;
    @Autowired ConventionService conventions;
    @Autowired IndicatorDashboardService indicators;

    private static final List<String> ANGLES = List.of("Caractéristiques du territoire", "Offre existante",
            "Écart entre besoins et offre", "Axes de développement prioritaires");

    /** The values of a radar chart's first series (the scores). */
    private static List<Integer> values(String chartId) {
        JsonNode option = JsonMapper.builder().build().readTree(_get(Chart.class, spec -> spec.withId(chartId)).optionJson());
        List<Integer> out = new ArrayList<>();
        option.get("series").get(0).get("data").get(0).get("value").forEach(v -> out.add(v.asInt()));
        return out;
    }

    private static List<String> branches(String chartId) {
        JsonNode option = JsonMapper.builder().build().readTree(_get(Chart.class, spec -> spec.withId(chartId)).optionJson());
        List<String> out = new ArrayList<>();
        option.get("radar").get("indicator").forEach(v -> out.add(v.get("name").asString()));
        return out;
    }

    @Test
    void theSavesDiagnosticShowsFourAnglesPerThemeAndBothStars() {
        loginAndOpen("lecteur", "diagnostic");
        long saves = conventions.myConventions().stream().filter(c -> c.code().equals("saves"))
                .mapToLong(ConventionRef::id).findFirst().orElseThrow();
        List<ThematicGroupRef> groups = conventions.thematicGroups(saves);
        assertThat(_get(Paragraph.class, spec -> spec.withId("diagnostic-status")).getText()).startsWith("Version 1 publiée");
        assertThat(_find(Button.class, spec -> spec.withId("diagnostic-publish"))).as("readers do not publish").isEmpty();
        for (ThematicGroupRef g : groups) {
            var section = _get(ThemeSection.class, spec -> spec.withId("diagnostic-theme-" + g.id()));
            assertThat(_find(section, H4.class).stream().map(H4::getText).toList()).containsExactlyElementsOf(ANGLES);
            assertThat(_find(section, Button.class)).as("read-only").isEmpty();
        }
        assertThat(_get(NativeTable.class, spec -> spec.withId("diagnostic-territory-figures")).getElement()
                .getOuterHTML()).as("the portrait is the first angle").contains("Habitants")
                .contains("INSEE, recensement 2010");

        assertThat(branches("diagnostic-radar-chart")).containsExactlyElementsOf(groups.stream()
                .map(ThematicGroupRef::name).toList());
        assertThat(values("diagnostic-radar-chart")).containsExactly(40, 65, 30, 0, 50, 0);
        assertThat(branches("diagnostic-attainment-chart")).as("the same branches")
                .containsExactlyElementsOf(branches("diagnostic-radar-chart"));
        List<RadarAxis> attainment = indicators.radar(saves, 2025);
        assertThat(values("diagnostic-attainment-chart")).containsExactlyElementsOf(groups.stream()
                .map(g -> attainment.stream().filter(a -> a.thematicGroupId() == g.id()).findFirst()
                        .map(RadarAxis::score).map(s -> s == null ? 0 : s).orElse(0)).toList());
        assertThat(values("diagnostic-attainment-chart")).as("the demo indicators score").anyMatch(v -> v > 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEarlierVersionIsChosenAndReadAsItWas() {
        EditingFixture.World w = fixture.create(List.of(new NewConvention.NewFigure("Habitants",
                new BigDecimal("5000"), "habitants", 2020, "INSEE")));
        login.as(w.user("secretariat"));
        diagnostics.saveScore(w.conventionId(), w.groupA(), 40, "Offre insuffisante");
        diagnostics.publish(w.conventionId(), "Première");
        diagnostics.saveScore(w.conventionId(), w.groupA(), 80, "Crèche ouverte");
        diagnostics.publish(w.conventionId(), null);
        login.logout();

        loginAndOpen(w.user("lecteur"), "diagnostic");
        assertThat(values("diagnostic-radar-chart")).containsExactly(80, 0);
        Select<Integer> version = _get(Select.class, spec -> spec.withId("diagnostic-version"));
        assertThat(version.getListDataView().getItems().toList()).containsExactly(2, 1);
        _setValue(version, 1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("diagnostic-status")).getText())
                .startsWith("Version 1 publiée").endsWith("Première");
        assertThat(_get(Span.class, spec -> spec.withId("diagnostic-theme-" + w.groupA() + "-score")).getText())
                .isEqualTo("Score 40 / 100");
        assertThat(values("diagnostic-radar-chart")).containsExactly(40, 0);
    }

    @Test
    void anEditorAddsAFigureThroughTheFormAndABadOneSaysWhy() {
        EditingFixture.World w = fixture.create();
        loginAndOpen(w.user("secretariat"), "diagnostic");
        String theme = "diagnostic-theme-" + w.groupA();
        assertThat(_get(Paragraph.class, spec -> spec.withId("diagnostic-status")).getText()).startsWith("Brouillon");
        _click(_get(Button.class, spec -> spec.withId(theme + "-figure-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("diagnostic-figure-label")), "Taux de couverture EAJE");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("diagnostic-figure-value")), new BigDecimal("12.5"));
        _setValue(_get(TextField.class, spec -> spec.withId("diagnostic-figure-unit")), "%");
        _setValue(_get(IntegerField.class, spec -> spec.withId("diagnostic-figure-year")), 2024);
        _click(_get(Button.class, spec -> spec.withId("diagnostic-figure-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("diagnostic-figure-error")).getText())
                .contains("n’a pas de source");
        assertThat(diagnostics.draft(w.conventionId()).theme(w.groupA()).orElseThrow().characteristics()).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("diagnostic-figure-source")), "Caf de test");
        _click(_get(Button.class, spec -> spec.withId("diagnostic-figure-save")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("diagnostic-figure-error"))).isEmpty();
        assertThat(_get(NativeTable.class, spec -> spec.withId(theme + "-figures")).getElement().getOuterHTML())
                .contains("Taux de couverture EAJE").contains("12,5 %").contains("2024").contains("Caf de test");
        assertThat(diagnostics.draft(w.conventionId()).theme(w.groupA()).orElseThrow().characteristics())
                .singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("12.5"));
        assertThat(_find(Button.class, spec -> spec.withId("diagnostic-publish"))).hasSize(1);
    }
}
