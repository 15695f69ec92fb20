package fr.ctg.objective.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.CtgSpringTest;
import fr.ctg.SimulatedUser;
import fr.ctg.TestLogin;
import fr.ctg.collaboration.ui.ConflictChoiceDialog;
import fr.ctg.objective.EditingFixture;
import fr.ctg.objective.ObjectiveEditingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two members on the same objective, each in their own simulated tab: presence, the field each one
 * edits, live propagation of saves, merge and conflict, leaving.
 */
@CtgSpringTest
class ObjectiveCoEditingTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;
    @Autowired
    ObjectiveEditingService editing;

    EditingFixture.World w;
    SimulatedUser camille;
    SimulatedUser dominique;

    @BeforeEach
    void twoPeopleOpenTheSameObjective() {
        w = fixture.create();
        camille = new SimulatedUser(context, login, w.user("copil"));
        dominique = new SimulatedUser(context, login, w.user("copil2"));
        camille.run(() -> UI.getCurrent().navigate("objectifs/" + w.objectiveId()));
        dominique.run(() -> UI.getCurrent().navigate("objectifs/" + w.objectiveId()));
    }

    @AfterEach
    void close() {
        camille.close();
        dominique.close();
    }

    private static String presence() {
        return _get(Span.class, spec -> spec.withId("presence-names")).getText();
    }

    private static TextField title() {
        return _get(TextField.class, spec -> spec.withId("objective-title"));
    }

    private static IntegerField progress() {
        return _get(IntegerField.class, spec -> spec.withId("objective-progress"));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("objective-save")));
    }

    @Test
    void eachSeesTheOtherAndTheFieldTheyAreEditing() {
        camille.await(ObjectiveCoEditingTest::presence, t -> t.contains("Dominique Copil"));
        dominique.await(ObjectiveCoEditingTest::presence, t -> t.contains("Camille Copil"));

        dominique.run(() -> ComponentUtil.fireEvent(title(), new FocusNotifier.FocusEvent<>(title(), true)));
        String mark = camille.await(() -> title().getHelperText(), h -> h != null && h.contains("Dominique Copil"));
        assertThat(mark).startsWith("✎ Dominique Copil");
        assertThat(camille.call(() -> title().getElement().getClassList().contains("ctg-field-busy"))).isTrue();

        dominique.run(() -> ComponentUtil.fireEvent(title(), new BlurNotifier.BlurEvent<>(title(), true)));
        camille.await(() -> title().getHelperText(), h -> h == null || h.isEmpty());
    }

    @Test
    void aSaveAppearsInTheOtherTabWithoutReload() {
        dominique.run(() -> {
            _setValue(progress(), 60);
            save();
        });
        camille.await(() -> progress().getValue(), v -> v != null && v == 60);
        String version = camille.call(() -> _get(Paragraph.class, spec -> spec.withId("objective-version")).getText());
        assertThat(version).contains("Version 2").contains("Dominique Copil");
    }

    @Test
    void changesToDifferentFieldsMergeAndTheSameFieldAsksWhichToKeep() {
        camille.run(() -> _setValue(title(), "Ouvrir un LAEP intercommunal"));
        dominique.run(() -> {
            _setValue(title(), "Ouvrir deux LAEP");
            _setValue(progress(), 25);
            save();
        });
        // Camille's tab: her typed title is kept, the progress Dominique saved arrives, a banner explains
        camille.await(() -> progress().getValue(), v -> v != null && v == 25);
        assertThat(camille.call(() -> title().getValue())).isEqualTo("Ouvrir un LAEP intercommunal");
        assertThat(camille.call(() -> _get(Paragraph.class, spec -> spec.withId("objective-banner")).isVisible())).isTrue();

        camille.run(() -> {
            save();
            ConflictChoiceDialog dialog = _get(ConflictChoiceDialog.class);
            assertThat(dialog.isOpened()).isTrue();
            @SuppressWarnings("unchecked")
            RadioButtonGroup<ConflictChoiceDialog.Choice> choice = _get(RadioButtonGroup.class,
                    spec -> spec.withId("conflict-choice-TITLE"));
            assertThat(choice.getValue()).isEqualTo(ConflictChoiceDialog.Choice.MINE);
            _setValue(choice, ConflictChoiceDialog.Choice.THEIRS);
            _setValue(choice, ConflictChoiceDialog.Choice.MINE);
            _click(_get(Button.class, spec -> spec.withId("conflict-apply")));
        });
        assertThat(camille.call(() -> title().getValue())).isEqualTo("Ouvrir un LAEP intercommunal");
        dominique.await(() -> title().getValue(), t -> t.equals("Ouvrir un LAEP intercommunal"));
        login.as(w.user("copil"));
        var saved = editing.get(w.objectiveId());
        assertThat(saved.draft().title()).isEqualTo("Ouvrir un LAEP intercommunal");
        assertThat(saved.draft().progress()).as("Dominique's progress was not lost").isEqualTo(25);
        assertThat(saved.versionNumber()).as("created, Dominique, Camille").isEqualTo(3);
    }

    @Test
    void aThirdSaveStillReachesFieldsThePersonDidNotTouch() {
        camille.run(() -> _setValue(title(), "Titre de Camille"));
        dominique.run(() -> {
            _setValue(progress(), 25);
            save();
        });
        camille.await(() -> progress().getValue(), v -> v != null && v == 25);
        dominique.run(() -> {
            _setValue(progress(), 40);
            save();
        });
        camille.await(() -> progress().getValue(), v -> v != null && v == 40);
        camille.run(ObjectiveCoEditingTest::save);
        assertThat(camille.call(() -> _find(ConflictChoiceDialog.class))).as("no conflict on a field Camille never touched")
                .isEmpty();
        login.as(w.user("copil"));
        assertThat(editing.get(w.objectiveId()).draft().progress()).isEqualTo(40);
        assertThat(editing.get(w.objectiveId()).draft().title()).isEqualTo("Titre de Camille");
    }

    @Test
    void theListAndTheDashboardFollowSavesLive() {
        SimulatedUser lou = new SimulatedUser(context, login, w.user("lecteur"));
        try {
            lou.run(() -> UI.getCurrent().navigate("objectifs"));
            assertThat(lou.call(() -> _get(Span.class, spec -> spec.withId("field-progress-1")).getText()))
                    .isEqualTo("Avancement du champ : 10 %"); // (0 + 20) / 2
            dominique.run(() -> {
                _setValue(progress(), 60);
                save();
            });
            lou.await(() -> _get(Span.class, spec -> spec.withId("field-progress-1")).getText(),
                    t -> t.equals("Avancement du champ : 40 %"));
            lou.run(() -> UI.getCurrent().navigate(""));
            assertThat(lou.call(() -> _get(Span.class, spec -> spec.withId("dashboard-field-progress-1")).getText()))
                    .contains("40 %");
            camille.run(() -> {
                _setValue(progress(), 100);
                save();
            });
            lou.await(() -> _get(Span.class, spec -> spec.withId("dashboard-field-progress-1")).getText(),
                    t -> t.contains("60 %"));
        } finally {
            lou.close();
        }
    }

    @Test
    void someoneClosingTheTabDisappears() {
        camille.await(ObjectiveCoEditingTest::presence, t -> t.contains("Dominique Copil"));
        dominique.run(() -> UI.getCurrent().navigate(""));
        camille.await(ObjectiveCoEditingTest::presence, t -> t.equals("Personne d’autre sur cet objectif."));
        assertThat(camille.call(() -> _find(ConflictChoiceDialog.class))).isEmpty();
    }
}
