package fr.ctg.objective.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.KaribuTest;
import fr.ctg.convention.FieldRef;
import fr.ctg.objective.EditingFixture;
import fr.ctg.objective.ObjectiveEditingService;
import fr.ctg.objective.ObjectiveRevision;
import fr.ctg.objective.ObjectiveSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One person at the objective editor: saving, refusals, Markdown, history, discussion, read-only roles. */
class ObjectiveEditorViewTest extends KaribuTest {

    @Autowired
    EditingFixture fixture;
    @Autowired
    ObjectiveEditingService editing;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    private void open(String role) {
        loginAndOpen(w.user(role), "objectifs/" + w.objectiveId());
        _get(ObjectiveEditorView.class);
    }

    private static TextField title() {
        return _get(TextField.class, spec -> spec.withId("objective-title"));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("objective-save")));
    }

    @Test
    void aCopilMemberEditsAndSaves() {
        open("copil");
        _setValue(title(), "Ouvrir un LAEP intercommunal");
        _setValue(_get(IntegerField.class, spec -> spec.withId("objective-progress")), 35);
        _setValue(_get(TextField.class, spec -> spec.withId("objective-pilot-names")), "Mme Martin (CAF), M. Roux");
        save();
        var saved = editing.get(w.objectiveId());
        assertThat(saved.draft().title()).isEqualTo("Ouvrir un LAEP intercommunal");
        assertThat(saved.draft().progress()).isEqualTo(35);
        assertThat(saved.draft().pilotNames()).containsExactlyInAnyOrder("Mme Martin (CAF)", "M. Roux");
        assertThat(_get(Paragraph.class, spec -> spec.withId("objective-version"))
                .getText()).startsWith("Version 2, enregistrée par Camille Copil");
    }

    @Test
    void aRefusedSaveMarksTheFieldAndKeepsWhatWasTyped() {
        open("copil");
        _setValue(title(), "");
        _setValue(_get(TextArea.class, spec -> spec.withId("objective-description")), "Texte en cours de rédaction");
        save();
        assertThat(title().isInvalid()).isTrue();
        assertThat(title().getErrorMessage()).isEqualTo("Le titre de l’objectif est obligatoire.");
        assertThat(_get(TextArea.class, spec -> spec.withId("objective-description")).getValue())
                .isEqualTo("Texte en cours de rédaction");
        assertThat(editing.get(w.objectiveId()).versionNumber()).as("nothing saved").isEqualTo(1);

        _setValue(title(), "Titre");
        _setValue(_get(IntegerField.class, spec -> spec.withId("objective-progress")), 150);
        save();
        assertThat(_get(IntegerField.class, spec -> spec.withId("objective-progress")).getErrorMessage())
                .isEqualTo("L’avancement doit être compris entre 0 et 100 %.");
    }

    @Test
    void theMarkdownPreviewRendersAndNeverRunsHtml() {
        open("copil");
        _setValue(_get(TextArea.class, spec -> spec.withId("objective-description")),
                "## Étapes\n- **repérage** des lieux\n<script>alert(1)</script>\n[lien](javascript:alert(2))");
        String html = _get(Div.class, spec -> spec.withId("description-preview")).getElement().getProperty("innerHTML");
        assertThat(html).contains("<h2>Étapes</h2>", "<strong>repérage</strong>", "&lt;script&gt;")
                .doesNotContain("<script>").doesNotContain("javascript:");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHistoryComparesTwoVersionsWordByWordAndRestoresOne() {
        open("copil");
        _setValue(_get(TextArea.class, spec -> spec.withId("objective-description")), "Un LAEP fixe sur trois communes.");
        save();
        _get(TabSheet.class).setSelectedIndex(1); // the "Historique" tab
        Grid<ObjectiveRevision> grid = _get(Grid.class, spec -> spec.withId("history-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        grid.asMultiSelect().select(GridKt._get(grid, 0), GridKt._get(grid, 1));
        _click(_get(Button.class, spec -> spec.withId("history-compare")));
        Div diff = _get(Div.class, spec -> spec.withId("history-diff"));
        String html = diff.getElement().getOuterHTML();
        assertThat(html).contains("<del>itinérant</del>").contains("<ins>fixe</ins>");

        grid.asMultiSelect().clear();
        grid.asMultiSelect().select(GridKt._get(grid, 1));
        _click(_get(Button.class, spec -> spec.withId("history-restore")));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("history-grid")))).isEqualTo(3);
        _get(TabSheet.class).setSelectedIndex(0);
        assertThat(_get(TextArea.class, spec -> spec.withId("objective-description")).getValue())
                .isEqualTo("Un LAEP itinérant sur trois communes.");
    }

    @Test
    void aFollowUpMemberCommentsAndTheMentionedMemberIsNotified() {
        open("suivi");
        _assertNone(Button.class, spec -> spec.withId("objective-save"));
        assertThat(title().isReadOnly()).isTrue();
        _get(TabSheet.class).setSelectedIndex(2); // the "Discussion" tab
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-message")),
                "Point à revoir avec @" + w.user("copil") + " avant le COPIL.");
        _click(_get(Button.class, spec -> spec.withId("comment-post")));
        assertThat(_get(Div.class, spec -> spec.withId("comment-thread")).getElement().getTextRecursively())
                .contains("Point à revoir avec @" + w.user("copil"));

        loginAndOpen(w.user("copil"), "objectifs/" + w.objectiveId());
        UI.getCurrent().getPage().reload();
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isEqualTo("1");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        assertThat(_get(Dialog.class, spec -> spec.withId("notification-dialog"))
                .getElement().getTextRecursively()).contains("vous a mentionné", "Ouvrir un lieu d’accueil enfants-parents");
    }

    @Test
    void aReaderSeesTheObjectiveReadOnlyWithoutCommentBox() {
        open("lecteur");
        assertThat(title().isReadOnly()).isTrue();
        _get(TabSheet.class).setSelectedIndex(2);
        assertThat(_find(TextArea.class, spec -> spec.withId("comment-message"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListLinksToTheEditorAndEditorsCreateObjectives() {
        loginAndOpen(w.user("secretariat"), "objectifs");
        Grid<ObjectiveSummary> first = _get(Grid.class, spec -> spec.withId("objectives-field-1"));
        RouterLink link = (RouterLink) GridKt._getCellComponent(first, 0, "title");
        assertThat(link.getText()).isEqualTo("Ouvrir un lieu d’accueil enfants-parents");
        UI.getCurrent().navigate(link.getHref());
        assertThat(title().getValue()).isEqualTo("Ouvrir un lieu d’accueil enfants-parents");
        UI.getCurrent().navigate("objectifs");
        _click(_get(Button.class, spec -> spec.withId("objective-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-objective-title")), "Développer l’accueil de loisirs");
        Select<FieldRef> field = _get(Select.class, spec -> spec.withId("new-objective-field"));
        _setValue(field, field.getListDataView().getItems().toList().get(1));
        _click(_get(Button.class, spec -> spec.withId("new-objective-create")));
        assertThat(title().getValue()).isEqualTo("Développer l’accueil de loisirs");
    }
}
