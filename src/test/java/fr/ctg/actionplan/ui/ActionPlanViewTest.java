package fr.ctg.actionplan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ctg.KaribuTest;
import fr.ctg.objective.EditingFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretariat writes a fiche action through the page and publishes it; the association then reads it. */
class ActionPlanViewTest extends KaribuTest {

    @Autowired EditingFixture fixture;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    @Test
    void aSheetIsWrittenPublishedAndReadByTheAssociation() {
        loginAndOpen(w.user("secretariat"), "plan-d-action");
        _click(_get(Button.class, spec -> spec.withId("action-sheet-edit-" + w.objectiveId())));
        _setValue(_get(TextArea.class, spec -> spec.withId("action-sheet-target")), "Parents de jeunes enfants");
        _setValue(_get(TextArea.class, spec -> spec.withId("action-sheet-budget")), "Caf du Gers : douze mille");
        _click(_get(Button.class, spec -> spec.withId("action-sheet-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("action-sheet-error")).getText()).contains("Caf du Gers");
        _setValue(_get(TextArea.class, spec -> spec.withId("action-sheet-budget")), "Caf du Gers : 12 000\nCC : 3 500,50");
        _click(_get(Button.class, spec -> spec.withId("action-sheet-save")));
        String card = BasicUtilsKt.get_textRecursively(_get(Component.class,
                spec -> spec.withId("action-sheet-" + w.objectiveId()))).replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(card).contains("Parents de jeunes enfants", "Total : 15 500,5");
        _setValue(_get(Checkbox.class, spec -> spec.withId("action-sheet-published-" + w.objectiveId())), true);

        loginAndOpen(w.user("association"), "plan-d-action");
        assertThat(_find(Component.class, spec -> spec.withId("action-sheet-" + w.objectiveId()))).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("action-sheet-" + w.secondObjectiveId()))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("action-sheet-edit-" + w.objectiveId()))).isEmpty();
    }
}
