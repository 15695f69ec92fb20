package fr.ctg.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ctg.KaribuTest;
import fr.ctg.discussion.CommentRow;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionService;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.DocumentMeta;
import fr.ctg.document.DocumentService;
import fr.ctg.document.DocumentSummary;
import fr.ctg.document.TestFiles;
import fr.ctg.objective.EditingFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The discussion as people use it: answer, reword, remove, read earlier versions; on a document's page too. */
class DiscussionPanelTest extends KaribuTest {

    @Autowired
    EditingFixture fixture;
    @Autowired
    DiscussionService discussion;
    @Autowired
    DocumentService documents;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    private String threadText(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void aMemberAnswersRewordsAndRemovesTheirMessageAndTheEarlierWordingStaysReadable() {
        login.as(w.user("copil"));
        long question = discussion.post(DiscussionKind.OBJECTIVE, w.objectiveId(), "Quelles communes ?").id();

        loginAndOpen(w.user("suivi"), "objectifs/" + w.objectiveId());
        _get(TabSheet.class).setSelectedIndex(2);
        _click(_get(Button.class, spec -> spec.withId("reply-" + question)));
        _setValue(_get(TextArea.class, spec -> spec.withId("reply-message-" + question)), "   ");
        _click(_get(Button.class, spec -> spec.withId("reply-send-" + question)));
        TextArea box = _get(TextArea.class, spec -> spec.withId("reply-message-" + question));
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage()).isEqualTo("Le message est vide.");
        _setValue(box, "Lombez et Samatan.");
        _click(_get(Button.class, spec -> spec.withId("reply-send-" + question)));
        CommentRow reply = discussion.discussion(DiscussionKind.OBJECTIVE, w.objectiveId()).comments().getFirst()
                .replies().getFirst();
        assertThat(_get(Div.class, spec -> spec.withId("comment-" + question)).getElement().getTextRecursively())
                .as("the reply under the question").contains("Lombez et Samatan.");
        assertThat(_find(Button.class, spec -> spec.withId("edit-" + question))).as("not theirs").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("edit-" + reply.id())));
        TextArea edit = _get(TextArea.class, spec -> spec.withId("edit-message-" + reply.id()));
        assertThat(edit.getValue()).isEqualTo("Lombez et Samatan.");
        _setValue(edit, "Lombez, Samatan et Saramon.");
        _click(_get(Button.class, spec -> spec.withId("edit-send-" + reply.id())));
        assertThat(threadText("comment-thread")).contains("Lombez, Samatan et Saramon.", "modifié le")
                .doesNotContain("Lombez et Samatan.");

        _click(_get(Button.class, spec -> spec.withId("remove-" + reply.id())));
        _click(_get(Button.class, spec -> spec.withId("remove-comment-confirm-" + reply.id())));
        assertThat(threadText("comment-thread")).contains("Message retiré par son auteur.", "Quelles communes ?")
                .doesNotContain("Saramon");
        _click(_get(Button.class, spec -> spec.withId("history-" + reply.id())));
        assertThat(_get(Dialog.class, spec -> spec.withId("comment-history-dialog")).getElement()
                .getTextRecursively()).contains("Lombez et Samatan.", "Lombez, Samatan et Saramon.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDocumentsDetailsShowItsDiscussionToTheConventionButNotToAnAssociation() {
        login.as(w.user("secretariat"));
        long id = documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "Programme", null),
                TestFiles.file("programme.pdf", TestFiles.pdf("Ateliers")));
        documents.setPublishedToAssociations(id, true);
        discussion.post(DiscussionKind.DOCUMENT, id, "Version relue avec les associations.");

        loginAndOpen(w.user("lecteur"), "documents");
        GridKt._clickItem((Grid<DocumentSummary>) _get(Grid.class, spec -> spec.withId("document-grid")), 0);
        assertThat(threadText("document-discussion-thread")).contains("Version relue avec les associations.");
        assertThat(_find(TextArea.class, spec -> spec.withId("document-discussion-message")))
                .as("a reader reads, does not write").isEmpty();

        loginAndOpen(w.user("association"), "documents");
        GridKt._clickItem((Grid<DocumentSummary>) _get(Grid.class, spec -> spec.withId("document-grid")), 0);
        Dialog details = _get(Dialog.class, spec -> spec.withId("document-details"));
        assertThat(details.getHeaderTitle()).isEqualTo("Programme");
        assertThat(details.getElement().getTextRecursively()).doesNotContain("Version relue");
        assertThat(_find(Div.class, spec -> spec.withId("document-discussion-thread"))).isEmpty();
    }
}
