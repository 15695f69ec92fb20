package fr.ctg.means.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.KaribuTest;
import fr.ctg.base.ui.Chart;
import fr.ctg.means.MeansCategory;
import fr.ctg.means.MeansRow;
import fr.ctg.objective.EditingFixture;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretariat adds a line of Annexe 1 through the page; a refused one keeps the dialog open with its reason. */
class MeansViewTest extends KaribuTest {

    @Autowired EditingFixture fixture;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLineIsAddedAndABadOneExplainsWhy() {
        loginAndOpen(w.user("secretariat"), "moyens");
        _click(_get(Button.class, spec -> spec.withId("means-add")));
        ComboBox<Object> party = _get(ComboBox.class, spec -> spec.withId("means-party"));
        _setValue(party, party.getListDataView().getItems().findFirst().orElseThrow());
        ComboBox<Object> field = _get(ComboBox.class, spec -> spec.withId("means-field"));
        _setValue(field, field.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(IntegerField.class, spec -> spec.withId("means-year")), 2026);
        ComboBox<MeansCategory> category = _get(ComboBox.class, spec -> spec.withId("means-category"));
        _setValue(category, MeansCategory.FUNDING);
        _setValue(_get(TextField.class, spec -> spec.withId("means-label")), "Prestation de service");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("means-quantity")), new BigDecimal("42000"));
        _click(_get(Button.class, spec -> spec.withId("means-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("means-error")).getText())
                .contains("Un financement a une source");
        ComboBox<Object> source = _get(ComboBox.class, spec -> spec.withId("means-source"));
        _setValue(source, source.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("means-save")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("means-error"))).isEmpty();
        Grid<MeansRow> grid = _get(Grid.class, spec -> spec.withId("means-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).quantity()).isEqualByComparingTo("42000");
        assertThat(_get(Chart.class, spec -> spec.withId("means-chart")).optionJson()).contains("42000");
    }

    @Test
    void aReaderReadsButAddsNothing() {
        loginAndOpen(w.user("lecteur"), "moyens");
        assertThat(_find(Button.class, spec -> spec.withId("means-add"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("means-csv"))).hasSize(1);
    }
}
