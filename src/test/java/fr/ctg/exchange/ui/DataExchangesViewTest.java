package fr.ctg.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.KaribuTest;
import fr.ctg.exchange.ExchangeRow;
import fr.ctg.exchange.ExchangeStage;
import fr.ctg.objective.EditingFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Through the register's page: a request with personal data needs its legal basis; then its opportunity study. */
class DataExchangesViewTest extends KaribuTest {

    @Autowired EditingFixture fixture;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRequestWithPersonalDataNeedsItsLegalBasisThenIsStudied() {
        loginAndOpen(w.user("secretariat"), "echanges-de-donnees");
        _click(_get(Button.class, spec -> spec.withId("exchange-new")));
        ComboBox<Object> party = _get(ComboBox.class, spec -> spec.withId("exchange-party"));
        _setValue(party, party.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("exchange-title")), "Allocataires par commune");
        _setValue(_get(TextArea.class, spec -> spec.withId("exchange-categories")), "Effectifs par commune");
        _setValue(_get(TextArea.class, spec -> spec.withId("exchange-purpose")), "Diagnostic partagé");
        _setValue(_get(Checkbox.class, spec -> spec.withId("exchange-personal")), true);
        _setValue(_get(TextArea.class, spec -> spec.withId("exchange-recipients")), "Service enfance");
        _setValue(_get(TextField.class, spec -> spec.withId("exchange-retention")), "2 ans");
        _click(_get(Button.class, spec -> spec.withId("exchange-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("exchange-error")).getText()).contains("base légale");
        _setValue(_get(TextArea.class, spec -> spec.withId("exchange-legal-basis")), "CASF, art. L. 262-40");
        _click(_get(Button.class, spec -> spec.withId("exchange-save")));
        Grid<ExchangeRow> grid = _get(Grid.class, spec -> spec.withId("exchange-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);

        _click((Button) GridKt._getCellComponent(grid, 0, "next"));
        _setValue(_get(TextArea.class, spec -> spec.withId("exchange-study-text")), "Utile au diagnostic");
        RadioButtonGroup<Boolean> conclusion = _get(RadioButtonGroup.class,
                spec -> spec.withId("exchange-study-conclusion"));
        _setValue(conclusion, Boolean.TRUE);
        _setValue(_get(TextField.class, spec -> spec.withId("exchange-study-by")), "Service enfance de la CC");
        _click(_get(Button.class, spec -> spec.withId("exchange-step-save")));
        grid = _get(Grid.class, spec -> spec.withId("exchange-grid"));
        assertThat(GridKt._get(grid, 0).stage()).isEqualTo(ExchangeStage.OPPORTUNITY_STUDIED);
    }

    @Test
    void aReaderReadsTheRegisterButAsksNothing() {
        loginAndOpen(w.user("lecteur"), "echanges-de-donnees");
        assertThat(_find(Button.class, spec -> spec.withId("exchange-new"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText("Aucune demande d’échange enregistrée."))).isNotNull();
    }
}
