package fr.ctg.convention.ui;

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
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.CtgSpringTest;
import fr.ctg.SimulatedUser;
import fr.ctg.TestLogin;
import fr.ctg.collaboration.ui.ConflictChoiceDialog;
import fr.ctg.convention.ConventionTextService;
import fr.ctg.convention.TextPart;
import fr.ctg.objective.EditingFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two COPIL members on Article 10, each in their own tab: each sees the other and the field they write, a save
 * reaches the other's untouched fields live, the same field written twice asks which wording to keep.
 */
@CtgSpringTest
class TextPartCoEditingTest {

    @Autowired ApplicationContext context;
    @Autowired TestLogin login;
    @Autowired EditingFixture fixture;
    @Autowired ConventionTextService texts;

    EditingFixture.World w;
    SimulatedUser camille;
    SimulatedUser dominique;

    @BeforeEach
    void twoPeopleOpenArticleTen() {
        w = fixture.create();
        camille = new SimulatedUser(context, login, w.user("copil"));
        dominique = new SimulatedUser(context, login, w.user("copil2"));
        camille.run(() -> UI.getCurrent().navigate("convention/article/10"));
        dominique.run(() -> UI.getCurrent().navigate("convention/article/10"));
    }

    @AfterEach
    void close() {
        camille.close();
        dominique.close();
    }

    private static TextField title() {
        return _get(TextField.class, spec -> spec.withId("text-title"));
    }

    private static TextArea body() {
        return _get(TextArea.class, spec -> spec.withId("text-body"));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("text-save")));
    }

    @Test
    void eachSeesTheOtherAndTheFieldTheyWrite() {
        camille.await(() -> _get(Span.class, spec -> spec.withId("presence-names")).getText(),
                t -> t.contains("Dominique Copil"));
        dominique.run(() -> ComponentUtil.fireEvent(body(), new FocusNotifier.FocusEvent<>(body(), true)));
        String mark = camille.await(() -> body().getHelperText(), h -> h != null && h.contains("Dominique Copil"));
        assertThat(mark).contains("Dominique Copil");
        assertThat(camille.call(() -> body().getElement().getClassList().contains("ctg-field-busy"))).isTrue();
    }

    @Test
    void aSaveReachesTheOtherTabAndTheSameFieldAsksWhichWordingToKeep() {
        camille.run(() -> _setValue(body(), "Conclue jusqu’au 31 décembre 2030 inclus."));
        dominique.run(() -> {
            _setValue(title(), "Durée et reconduction");
            _setValue(body(), "Conclue jusqu’au 30 juin 2030.");
            save();
        });
        camille.await(() -> title().getValue(), t -> t.equals("Durée et reconduction"));
        assertThat(camille.call(() -> body().getValue())).isEqualTo("Conclue jusqu’au 31 décembre 2030 inclus.");
        assertThat(camille.call(() -> _get(Paragraph.class, spec -> spec.withId("text-banner")).isVisible())).isTrue();

        camille.run(() -> {
            save();
            assertThat(_get(ConflictChoiceDialog.class).isOpened()).isTrue();
            @SuppressWarnings("unchecked")
            RadioButtonGroup<ConflictChoiceDialog.Choice> choice = _get(RadioButtonGroup.class,
                    spec -> spec.withId("conflict-choice-BODY"));
            assertThat(choice.getValue()).isEqualTo(ConflictChoiceDialog.Choice.MINE);
            _click(_get(Button.class, spec -> spec.withId("conflict-apply")));
        });
        dominique.await(() -> body().getValue(), b -> b.equals("Conclue jusqu’au 31 décembre 2030 inclus."));
        login.as(w.user("copil"));
        var saved = texts.get(w.conventionId(), TextPart.ARTICLE, 10);
        assertThat(saved.draft().title()).as("Dominique's heading was not lost").isEqualTo("Durée et reconduction");
        assertThat(saved.draft().body()).isEqualTo("Conclue jusqu’au 31 décembre 2030 inclus.");
        assertThat(saved.versionNumber()).as("created, Dominique, Camille").isEqualTo(3);
    }
}
