package fr.ctg.indicator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import fr.ctg.KaribuTest;
import fr.ctg.base.ui.Chart;
import fr.ctg.indicator.DashboardRow;
import fr.ctg.indicator.IndicatorFixture;
import fr.ctg.indicator.IndicatorValuesService;
import fr.ctg.indicator.SourceKind;
import fr.ctg.indicator.ValueEntry;
import fr.ctg.indicator.ValueRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Entering values as a follow-up member, validating as the referent, reading the dashboard and charts, CSV import. */
class IndicatorViewsTest extends KaribuTest {

    @Autowired IndicatorFixture fixture;
    @Autowired IndicatorValuesService values;

    IndicatorFixture.Catalogue c;

    @BeforeEach
    void catalogue() {
        c = fixture.create();
    }

    private String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private void as(String user, String route) {
        loginAndOpen(user, route);
        UI.getCurrent().getPage().reload();
    }

    private void show(String period) {
        _setValue(_get(TextField.class, spec -> spec.withId("entry-period")), period);
        _click(_get(Button.class, spec -> spec.withId("entry-show")));
    }

    private void openIndicator(String user, long indicatorId) {
        as(c.user(user), "");
        UI.getCurrent().navigate("indicateurs", QueryParameters.of("ouvrir", String.valueOf(indicatorId)));
    }

    @Test
    void anAddressWithAnIndicatorOpensItsDetailsAndItsDiscussionForWhoReadsIt() {
        openIndicator("lecteur", c.places());
        Dialog details = _get(Dialog.class, spec -> spec.withId("indicator-detail"));
        assertThat(details.getHeaderTitle()).isEqualTo("Places en EAJE");
        assertThat(_find(Div.class, spec -> spec.withId("indicator-discussion-thread"))).hasSize(1);

        openIndicator("association", c.delay());
        assertThat(_get(Dialog.class, spec -> spec.withId("indicator-detail")).getHeaderTitle())
                .isEqualTo("Délai moyen d’un rendez-vous");
        assertThat(_find(Div.class, spec -> spec.withId("indicator-discussion-thread")))
                .as("published to associations; its discussion is the convention's").isEmpty();
        openIndicator("association", c.places());
        assertThat(_find(Dialog.class, spec -> spec.withId("indicator-detail"))).as("not published to them").isEmpty();
    }

    @Test
    void aFollowUpMemberEntersValuesAndTheReferentValidatesThePeriod() {
        as(c.user("suivi"), "indicateurs/saisie");
        show("2024");
        assertThat(text("entry-status")).contains("0 valeur(s) sur 2", "0 % complet");
        _setValue(_get(TextField.class, spec -> spec.withId("entry-value-EAJE_PLACES")), "1 234,5");
        _setValue(_get(TextField.class, spec -> spec.withId("entry-value-ENFANTS_3")), "n/a");
        _click(_get(Button.class, spec -> spec.withId("entry-save")));
        assertThat(text("entry-error-ENFANTS_3")).contains("« n/a » n’est pas un nombre");
        assertThat(_get(TextField.class, spec -> spec.withId("entry-value-ENFANTS_3")).getValue()).isEqualTo("n/a");
        assertThat(text("entry-status")).contains("1 valeur(s) enregistrée(s), 1 refusée(s)");
        _setValue(_get(TextField.class, spec -> spec.withId("entry-value-ENFANTS_3")), "4 200");
        _click(_get(Button.class, spec -> spec.withId("entry-save")));
        assertThat(text("entry-status")).contains("2 valeur(s) sur 2", "100 % complet");
        assertThat(_get(TextField.class, spec -> spec.withId("entry-value-COUV_EAJE")).getValue()).isEqualTo("29,4");
        assertThat(values.history(c.places(), "2024")).hasSize(1);

        // A far-off value asks for its reason, then goes through with it.
        show("2024-T1");
        _setValue(_get(TextField.class, spec -> spec.withId("entry-value-LAEP_FREQ")), "40");
        _click(_get(Button.class, spec -> spec.withId("entry-save")));
        show("2024-T2");
        _setValue(_get(TextField.class, spec -> spec.withId("entry-value-LAEP_FREQ")), "75");
        _click(_get(Button.class, spec -> spec.withId("entry-save")));
        assertThat(text("entry-error-LAEP_FREQ")).contains("Écart de 88 % avec la période 2024-T1");
        TextField reason = _get(TextField.class, spec -> spec.withId("entry-reason-LAEP_FREQ"));
        assertThat(reason.isVisible()).isTrue();
        _setValue(reason, "Second créneau ouvert en avril");
        _click(_get(Button.class, spec -> spec.withId("entry-save")));
        assertThat(values.series(c.laep())).extracting(ValueRow::outlier).containsExactly(false, true);

        // The referent validates 2024; the values lock.
        as(c.user("referent"), "indicateurs/saisie");
        show("2024");
        _click(_get(Button.class, spec -> spec.withId("entry-validate")));
        assertThat(text("entry-status")).contains("Période validée");
        as(c.user("suivi"), "indicateurs/saisie");
        show("2024");
        assertThat(_get(TextField.class, spec -> spec.withId("entry-value-EAJE_PLACES")).isEnabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void readersSeeTheDashboardAChartWithItsDataTableAndTheRadar() {
        login.as(c.user("suivi"));
        for (String[] v : new String[][] {{"2023", "50"}, {"2024", "54"}}) {
            values.record(new ValueEntry(c.places(), v[0], new BigDecimal(v[1]),
                    SourceKind.CAF, null, null, false, null));
        }
        as(c.user("lecteur"), "indicateurs");
        Grid<DashboardRow> grid = _get(Grid.class, spec -> spec.withId("indicator-dashboard"));
        assertThat(GridKt._size(grid)).isEqualTo(4);
        String row = GridKt._getFormattedRow(grid, 0).toString();
        assertThat(row).contains("Places en EAJE", "54 places (2024)", "60", "-6", "en deçà de la cible");
        _find(Button.class, spec -> spec.withId("indicator-entry")).forEach(b -> { throw new AssertionError("readers do not enter"); });
        GridKt._clickItem(grid, 0);
        Chart chart = _get(Chart.class, spec -> spec.withId("indicator-chart"));
        assertThat(chart.optionJson()).contains("\"data\":[\"2023\",\"2024\"]", "\"data\":[50.000000,54.000000]", "dashed");
        assertThat(chart.getElement().getAttribute("aria-label")).contains("Places en EAJE");
        Grid<ValueRow> table = _get(Grid.class, spec -> spec.withId("indicator-values"));
        assertThat(GridKt._size(table)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(table, 1).toString()).contains("2024", "54", "60", "Caf");
        _setValue(_get(Select.class, spec -> spec.withId("indicator-history-period")), "2024");
        _click(_get(Button.class, spec -> spec.withId("indicator-history-show")));
        assertThat(text("indicator-history")).contains("Sam Suivi", "54");
        assertThat(_get(Chart.class, spec -> spec.withId("indicator-radar-chart")).optionJson()).contains("Groupe A", "Groupe B");
        Grid<?> radar = _get(Grid.class, spec -> spec.withId("indicator-radar-table"));
        assertThat(GridKt._size(radar)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(radar, 0).toString()).contains("Groupe A");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCsvFileIsCheckedRowByRowThenImportedOnConfirmation() {
        as(c.user("suivi"), "indicateurs");
        _click(_get(Button.class, spec -> spec.withId("indicator-csv")));
        byte[] csv = ("code;periode;valeur;source\nEAJE_PLACES;2022;1 234,5;Caf\nENFANTS_3;2022;beaucoup;Caf\n")
                .getBytes(StandardCharsets.UTF_8);
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("csv-upload")), "valeurs.csv", "text/csv", csv);
        assertThat(text("csv-summary")).contains("2 ligne(s) lue(s) : 1 à enregistrer", "1 refusée(s)");
        Grid<?> rows = _get(Grid.class, spec -> spec.withId("csv-rows"));
        assertThat(GridKt._getFormattedRow(rows, 1).toString()).contains("3", "Refusée", "« beaucoup » n’est pas un nombre");
        assertThat(values.series(c.places())).as("nothing before confirmation").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("csv-confirm")));
        assertThat(values.series(c.places())).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("1234.5"));
        _click(_get(Button.class, spec -> spec.withId("csv-prepare")));
        assertThat(text("csv-export-ready")).contains("Télécharger le fichier (1 ligne(s))");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReferentAddsAnIndicatorAndCorrectsOne() {
        as(c.user("referent"), "indicateurs");
        _click(_get(Button.class, spec -> spec.withId("indicator-new")));
        var group = _get(Select.class, spec -> spec.withId("form-group"));
        _setValue(group, group.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("form-code")), "RPE_CONTACTS");
        _setValue(_get(TextField.class, spec -> spec.withId("form-name")), "Contacts du relais petite enfance");
        _setValue(_get(TextField.class, spec -> spec.withId("form-unit")), "contacts");
        _setValue(_get(TextField.class, spec -> spec.withId("form-min")), "100");
        _setValue(_get(TextField.class, spec -> spec.withId("form-max")), "10");
        _click(_get(Button.class, spec -> spec.withId("form-save")));
        assertThat(text("form-error")).contains("Le minimum autorisé dépasse le maximum");
        _setValue(_get(TextField.class, spec -> spec.withId("form-max")), "1 000");
        _setValue(_get(TextField.class, spec -> spec.withId("form-targets")), "2025 = 400 ; 2026 = 450");
        _click(_get(Button.class, spec -> spec.withId("form-save")));
        Grid<DashboardRow> grid = _get(Grid.class, spec -> spec.withId("indicator-dashboard"));
        assertThat(GridKt._size(grid)).isEqualTo(5);
        GridKt._clickItem(grid, 4);
        _click(_get(Button.class, spec -> spec.withId("indicator-edit")));
        assertThat(_get(TextField.class, spec -> spec.withId("form-targets")).getValue()).isEqualTo("2025 = 400 ; 2026 = 450");
        _setValue(_get(TextField.class, spec -> spec.withId("form-name")), "Contacts avec le relais petite enfance");
        _click(_get(Button.class, spec -> spec.withId("form-save")));
        assertThat(GridKt._getFormattedRow(grid, 4).toString()).contains("Contacts avec le relais petite enfance");
    }

    /** Hole 9 of the security review, on the page: a value saved meanwhile by someone else is shown, not overwritten. */
    @Test
    void lostUpdatesTheEntryPageShowsAValueSavedMeanwhileAndKeepsWhatWasTyped() {
        as(c.user("suivi"), "indicateurs/saisie");
        show("2025");
        // meanwhile, the secretariat records 40 places for 2025 in another browser
        login.as(c.user("secretariat"));
        values.record(new ValueEntry(c.places(), "2025", new BigDecimal("40"),
                SourceKind.CAF, null, null, false, null));
        login.as(c.user("suivi"));
        _setValue(_get(TextField.class, spec -> spec.withId("entry-value-EAJE_PLACES")), "45");
        _click(_get(Button.class, spec -> spec.withId("entry-save")));
        assertThat(text("entry-error-EAJE_PLACES")).contains("Entre-temps", "40", "rien n’a été remplacé");
        assertThat(_get(TextField.class, spec -> spec.withId("entry-value-EAJE_PLACES")).getValue()).isEqualTo("45");
        assertThat(values.series(c.places())).filteredOn(v -> v.period().equals("2025")).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("40"));
        // saving again, having seen it, replaces it
        _click(_get(Button.class, spec -> spec.withId("entry-save")));
        assertThat(values.series(c.places())).filteredOn(v -> v.period().equals("2025")).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("45"));
    }
}
