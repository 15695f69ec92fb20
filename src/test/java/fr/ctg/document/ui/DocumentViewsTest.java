package fr.ctg.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import fr.ctg.KaribuTest;
import fr.ctg.convention.ConventionText;
import fr.ctg.document.DocumentSummary;
import fr.ctg.document.IssuingBody;
import fr.ctg.document.TestFiles;
import fr.ctg.document.VersionRow;
import fr.ctg.objective.EditingFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Uploading, listing, searching, versioning and linking, driven as a person would. */
class DocumentViewsTest extends KaribuTest {

    @Autowired
    EditingFixture fixture;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    @SuppressWarnings("unchecked")
    private void uploadDeliberation(String number, String name, byte[] bytes) {
        _click(_get(Button.class, spec -> spec.withId("deliberation-new")));
        Select<IssuingBody> body = _get(Select.class, spec -> spec.withId("deliberation-body"));
        _setValue(body, IssuingBody.CONSEIL_COMMUNAUTAIRE);
        _setValue(_get(TextField.class, spec -> spec.withId("deliberation-number")), number);
        _setValue(_get(DatePicker.class, spec -> spec.withId("deliberation-session")), LocalDate.of(2014, 9, 15));
        _setValue(_get(TextField.class, spec -> spec.withId("deliberation-subject")), "Signature de la CTG");
        UploadKt._upload(_get(Upload.class), name, "application/pdf", bytes);
        _click(_get(Button.class, spec -> spec.withId("deliberation-save")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecretariatUploadsADeliberationFindsItAndAddsAVersion() {
        loginAndOpen(w.user("secretariat"), "deliberations");
        uploadDeliberation("2014-052", "deliberation-2014-052.pdf", TestFiles.pdf("one"));
        Grid<DocumentSummary> grid = _get(Grid.class, spec -> spec.withId("deliberation-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).number()).isEqualTo("2014-052");
        assertThat(GridKt._get(grid, 0).current().originalName()).isEqualTo("deliberation-2014-052.pdf");

        _setValue(_get(TextField.class, spec -> spec.withId("search-text")), "2099");
        assertThat(GridKt._size(grid)).isZero();
        _setValue(_get(TextField.class, spec -> spec.withId("search-text")), "052");
        assertThat(GridKt._size(grid)).isEqualTo(1);

        GridKt._clickItem(grid, 0);
        UploadKt._upload(_get(Upload.class), "deliberation-2014-052-v2.pdf", "application/pdf", TestFiles.pdf("two"));
        _click(_get(Button.class, spec -> spec.withId("document-add-version")));
        Grid<VersionRow> versions = _get(Grid.class, spec -> spec.withId("document-versions"));
        assertThat(GridKt._size(versions)).isEqualTo(2);
        assertThat(GridKt._get(versions, 0).originalName()).isEqualTo("deliberation-2014-052-v2.pdf");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedUploadSaysWhyAndKeepsWhatWasTyped() {
        loginAndOpen(w.user("secretariat"), "deliberations");
        uploadDeliberation("2014-053", "faux.pdf", TestFiles.html());
        assertThat(_get(Div.class, spec -> spec.withId("upload-error")).getElement().getTextRecursively())
                .contains("Le contenu du fichier ne correspond pas à son extension « .pdf »");
        assertThat(_get(TextField.class, spec -> spec.withId("deliberation-number")).getValue()).isEqualTo("2014-053");
        Grid<DocumentSummary> grid = _get(Grid.class, spec -> spec.withId("deliberation-grid"));
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void anObjectiveShowsTheDocumentsLinkedToIt() {
        loginAndOpen(w.user("secretariat"), "deliberations");
        uploadDeliberation("2014-060", "laep.pdf", TestFiles.pdf("laep"));
        loginAndOpen(w.user("copil"), "objectifs/" + w.objectiveId());
        @SuppressWarnings("unchecked")
        ComboBox<DocumentSummary> choice = _get(ComboBox.class, spec -> spec.withId("link-document-choice"));
        _setValue(choice, choice.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("link-document")));
        assertThat(_get(Div.class, spec -> spec.withId("linked-documents")).getElement().getTextRecursively())
                .contains("2014-060 – Signature de la CTG").contains("Télécharger laep.pdf");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDocumentIsAttachedToAnAnnexFromItsDetails() {
        loginAndOpen(w.user("secretariat"), "documents");
        _click(_get(Button.class, spec -> spec.withId("document-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("document-title")), "Questionnaire aux familles");
        UploadKt._upload(_get(Upload.class), "questionnaire.pdf", "application/pdf", TestFiles.pdf("questionnaire"));
        _click(_get(Button.class, spec -> spec.withId("document-save")));
        Grid<DocumentSummary> grid = _get(Grid.class, spec -> spec.withId("document-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        GridKt._clickItem(grid, 0);
        Select<ConventionText.AnnexItem> annex = _get(Select.class,
                spec -> spec.withId("document-annex-choice"));
        _setValue(annex, annex.getListDataView().getItems().filter(a -> a.number() == 4).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("document-annex-link")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("document-annexes")).getText())
                .isEqualTo("Annexe 4 – Évaluation");
    }

    @Test
    void readersDoNotUploadAndAssociationsSeeOnlyTheDocumentsArea() {
        loginAndOpen(w.user("lecteur"), "deliberations");
        LocatorJ._assertNone(Button.class, spec -> spec.withId("deliberation-new"));
        loginAndOpen(w.user("association"), "documents");
        _get(DocumentsView.class);
        LocatorJ._assertNone(Button.class, spec -> spec.withId("document-new"));
    }
}
