package fr.ctg.evaluation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ctg.CtgSpringTest;
import fr.ctg.SimulatedUser;
import fr.ctg.TestLogin;
import fr.ctg.collaboration.ui.ConflictChoiceDialog;
import fr.ctg.evaluation.EvaluationTrack;
import fr.ctg.evaluation.EvaluativeQuestionDetails;
import fr.ctg.evaluation.EvaluativeQuestionService;
import fr.ctg.evaluation.NewEvaluativeQuestion;
import fr.ctg.objective.EditingFixture;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two COPIL members on one evaluative question, each in their own tab: each sees the other and the field they write,
 * a save reaches the other's untouched fields live, the same answer written twice asks which wording to keep.
 */
@CtgSpringTest
class QuestionCoEditingTest {

    @Autowired ApplicationContext context;
    @Autowired TestLogin login;
    @Autowired EditingFixture fixture;
    @Autowired EvaluativeQuestionService service;

    EditingFixture.World w;
    EvaluativeQuestionDetails q;
    SimulatedUser camille;
    SimulatedUser dominique;

    @BeforeEach
    void twoPeopleOpenTheQuestion() {
        w = fixture.create();
        login.as(w.user("copil"));
        q = service.create(w.conventionId(), new NewEvaluativeQuestion("Le LAEP rompt-il l’isolement des parents ?",
                EvaluationTrack.IMPACT, Set.of(w.groupA()), null, null));
        login.logout();
        camille = new SimulatedUser(context, login, w.user("copil"));
        dominique = new SimulatedUser(context, login, w.user("copil2"));
        camille.run(() -> UI.getCurrent().navigate("evaluation/" + q.id()));
        dominique.run(() -> UI.getCurrent().navigate("evaluation/" + q.id()));
    }

    @AfterEach
    void close() {
        camille.close();
        dominique.close();
    }

    private static TextArea area(String field) {
        return _get(TextArea.class, spec -> spec.withId("question-" + field));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("question-save")));
    }

    @Test
    void eachSeesTheOtherAndTheFieldTheyWrite() {
        camille.await(() -> _get(Span.class, spec -> spec.withId("presence-names")).getText(),
                t -> t.contains("Dominique Copil"));
        dominique.run(() -> ComponentUtil.fireEvent(area("answer"), new FocusNotifier.FocusEvent<>(area("answer"), true)));
        String mark = camille.await(() -> area("answer").getHelperText(), h -> h != null && h.contains("Dominique Copil"));
        assertThat(mark).contains("Dominique Copil");
        assertThat(camille.call(() -> area("answer").getElement().getClassList().contains("ctg-field-busy"))).isTrue();
    }

    @Test
    void aSaveReachesTheOtherTabAndTheSameAnswerAsksWhichWordingToKeep() {
        camille.run(() -> _setValue(area("answer"), "Oui : la fréquentation double en deux ans."));
        dominique.run(() -> {
            _setValue(area("sources"), "Gestionnaire du LAEP");
            _setValue(area("answer"), "Pas encore : trop tôt pour le dire.");
            save();
        });
        camille.await(() -> area("sources").getValue(), t -> t.equals("Gestionnaire du LAEP"));
        assertThat(camille.call(() -> area("answer").getValue())).isEqualTo("Oui : la fréquentation double en deux ans.");
        assertThat(camille.call(() -> _get(Paragraph.class, spec -> spec.withId("question-banner")).isVisible())).isTrue();

        camille.run(() -> {
            save();
            assertThat(_get(ConflictChoiceDialog.class).isOpened()).isTrue();
            @SuppressWarnings("unchecked")
            RadioButtonGroup<ConflictChoiceDialog.Choice> choice = _get(RadioButtonGroup.class,
                    spec -> spec.withId("conflict-choice-ANSWER"));
            assertThat(choice.getValue()).isEqualTo(ConflictChoiceDialog.Choice.MINE);
            _click(_get(Button.class, spec -> spec.withId("conflict-apply")));
        });
        dominique.await(() -> area("answer").getValue(), b -> b.equals("Oui : la fréquentation double en deux ans."));
        login.as(w.user("copil"));
        EvaluativeQuestionDetails saved = service.question(q.id());
        assertThat(saved.sources()).as("Dominique's sources were not lost").isEqualTo("Gestionnaire du LAEP");
        assertThat(saved.answer()).isEqualTo("Oui : la fréquentation double en deux ans.");
        assertThat(saved.versionNumber()).as("created, Dominique, Camille").isEqualTo(3);
    }
}
