package fr.ctg.evaluation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.KaribuTest;
import fr.ctg.collaboration.ui.RevisionHistoryPanel;
import fr.ctg.convention.ConventionService;
import fr.ctg.evaluation.CallQuestionFeedRow;
import fr.ctg.evaluation.EvaluationTrack;
import fr.ctg.evaluation.EvaluativeQuestionDetails;
import fr.ctg.evaluation.EvaluativeQuestionService;
import fr.ctg.evaluation.IndicatorFeedRow;
import fr.ctg.evaluation.QuestionField;
import fr.ctg.evaluation.QuestionStatus;
import fr.ctg.indicator.IndicatorFixture;
import fr.ctg.indicator.IndicatorSummary;
import fr.ctg.layout.NotFoundView;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evaluation pages: the list of the Savès demo questions by track, a question's page with what feeds it, an
 * editor creating a question (bad input refused) and attaching an indicator, a member of another convention refused.
 */
class EvaluationViewsTest extends KaribuTest {

    @Autowired IndicatorFixture indicators;
    @Autowired EvaluativeQuestionService service;

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    /** Follows a link of the page, as a click on it does. */
    private static void follow(String id) {
        UI.getCurrent().navigate(_get(RouterLink.class, spec -> spec.withId(id)).getHref());
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void theListShowsTheQuestionsByTrackWithTheirStatusGroupsAndWhatFeedsThem() {
        loginAndOpen("lecteur", "evaluation");
        _get(EvaluationView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId("evaluation-question-1")).getText())
                .startsWith("Q1. L’offre d’accueil du jeune enfant");
        assertThat(text("evaluation-status-1")).isEqualTo("Répondue");
        assertThat(text("evaluation-status-2")).isEqualTo("En cours d’évaluation");
        assertThat(text("evaluation-status-3")).isEqualTo("Négociée");
        assertThat(text("evaluation-feeds-1")).isEqualTo("3 indicateurs · aucune question de contribution");
        assertThat(text("evaluation-feeds-2")).isEqualTo("2 indicateurs · 1 question de contribution");
        Component impact = _get(Component.class, spec -> spec.withId("evaluation-list-IMPACT"));
        assertThat(impact.getChildren().map(c -> c.getId().orElse(""))).containsExactly("evaluation-card-2");
        assertThat(_find(Button.class, spec -> spec.withId("evaluation-new"))).as("a reader does not create").isEmpty();
    }

    @Test
    void aQuestionPageShowsItsIndicatorsWithTheirLatestValueAndItsContributionQuestions() {
        loginAndOpen("lecteur", "evaluation");
        follow("evaluation-question-2");
        _get(EvaluativeQuestionView.class);
        Grid<IndicatorFeedRow> indicatorsGrid = grid("question-indicators");
        assertThat(GridKt._size(indicatorsGrid)).isEqualTo(2);
        IndicatorFeedRow laep = GridKt._get(indicatorsGrid, 0);
        assertThat(laep.code()).isEqualTo("PA_LAEP_FREQ");
        assertThat(laep.period()).isEqualTo("2025-T4");
        assertThat(laep.value()).isNotNull();
        assertThat(laep.target()).isEqualByComparingTo("14");
        Grid<CallQuestionFeedRow> calls = grid("question-calls");
        assertThat(GridKt._size(calls)).isEqualTo(1);
        assertThat(GridKt._get(calls, 0).ref().questionLabel()).isEqualTo("Quels besoins des familles observez-vous ?");
        assertThat(_get(TextArea.class, spec -> spec.withId("question-answer")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("question-validate"))).allSatisfy(b ->
                assertThat(b.isVisible()).isFalse());
        assertThat(_find(ComboBox.class, spec -> spec.withId("question-indicator-choice"))).isEmpty();

        UI.getCurrent().navigate("evaluation");
        follow("evaluation-question-1");
        assertThat(text("question-status")).isEqualTo("Statut : Répondue");
        assertThat(text("question-validation")).startsWith("Réponse validée par Portail CTG le ");
    }

    @Test
    void anEditorCreatesAQuestionBadInputRefusedAndAttachesAnIndicator() {
        IndicatorFixture.Catalogue c = indicators.create();
        loginAndOpen(c.user("copil"), "evaluation");
        _click(_get(Button.class, spec -> spec.withId("evaluation-new")));
        _click(_get(Button.class, spec -> spec.withId("new-question-create")));
        TextArea text = _get(TextArea.class, spec -> spec.withId("new-question-text"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Écrivez la question.");
        assertThat(service.questions(c.w().conventionId())).as("nothing saved").isEmpty();

        _setValue(text, "Les places créées sont-elles occupées ?");
        _click(_get(Button.class, spec -> spec.withId("new-question-create")));
        _get(EvaluativeQuestionView.class);
        assertThat(_get(H2.class, spec -> spec.withId("question-heading")).getText())
                .isEqualTo("Q1. Les places créées sont-elles occupées ?");
        @SuppressWarnings("unchecked")
        ComboBox<IndicatorSummary> choice = _get(ComboBox.class, spec -> spec.withId("question-indicator-choice"));
        IndicatorSummary places = choice.getListDataView().getItems().filter(i -> i.id() == c.places()).findFirst()
                .orElseThrow();
        _setValue(choice, places);
        _click(_get(Button.class, spec -> spec.withId("question-indicator-attach")));
        assertThat(GridKt._size(grid("question-indicators"))).isEqualTo(1);
        EvaluativeQuestionDetails saved = service.questions(c.w().conventionId()).getFirst();
        assertThat(saved.track()).isEqualTo(EvaluationTrack.RESULTS);
        assertThat(saved.indicatorIds()).containsExactly(c.places());

        _click(_get(Button.class, spec -> spec.withId("question-start")));
        _setValue(_get(TextArea.class, spec -> spec.withId("question-answer")), "Oui, à 80 %.");
        _click(_get(Button.class, spec -> spec.withId("question-save")));
        _click(_get(Button.class, spec -> spec.withId("question-validate")));
        assertThat(text("question-status")).isEqualTo("Statut : Répondue");
        assertThat(text("question-validation")).startsWith("Réponse validée par Camille Copil");
        assertThat(_get(TextArea.class, spec -> spec.withId("question-answer")).isReadOnly()).isTrue();
        EvaluativeQuestionDetails answered = service.question(saved.id());
        assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(answered.answer()).isEqualTo("Oui, à 80 %.");

        _get(TabSheet.class).setSelectedIndex(1);
        Grid<RevisionHistoryPanel.Row> history = grid("question-history-grid");
        assertThat(GridKt._size(history)).as("created, started, answered, validated").isEqualTo(4);
        assertThat(GridKt._get(history, 0).changedKeys()).containsExactly("evaluation.field.STATUS");
        history.asMultiSelect().select(GridKt._get(history, 0), GridKt._get(history, 3));
        _click(_get(Button.class, spec -> spec.withId("question-history-compare")));
        Div diff = _get(Div.class, spec -> spec.withId("question-history-diff"));
        assertThat(diff.getChildren().filter(H4.class::isInstance).map(h -> ((H4) h).getText()))
                .containsExactly("Réponse", "Statut");

        long savesQuestion = savesQuestionId();
        loginAndOpen(c.user("copil"), "evaluation/" + savesQuestion);
        _get(NotFoundView.class);
        assertThat(_find(EvaluativeQuestionView.class)).as("another convention's question").isEmpty();
    }

    private long savesQuestionId() {
        login.as("lecteur");
        long saves = service.questions(currentSaves()).getFirst().id();
        login.logout();
        return saves;
    }

    @Autowired ConventionService conventions;

    private long currentSaves() {
        return conventions.myConventions().stream().filter(r -> r.code().equals("saves")).findFirst().orElseThrow().id();
    }

    @Test
    void everyLabelOfTheEvaluationEnumsIsTranslated() {
        for (String bundle : new String[] {"i18n/messages", "i18n/messages_en"}) {
            ResourceBundle b = ResourceBundle.getBundle(bundle.replace("_en", ""),
                    bundle.endsWith("_en") ? Locale.ENGLISH : Locale.ROOT);
            Stream.of(EvaluationTrack.values()).forEach(v -> assertThat(b.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
            Stream.of(QuestionStatus.values()).forEach(v -> assertThat(b.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
            Stream.of(QuestionField.values()).forEach(v -> assertThat(b.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        }
    }
}
