package fr.ctg.minutes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.KaribuTest;
import fr.ctg.minutes.Audience;
import fr.ctg.minutes.MinutesFixture;
import fr.ctg.objective.ObjectiveSummary;
import fr.ctg.security.MemberSummary;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole cycle of a compte rendu as three people live it: the secretariat drafts and circulates it, two
 * attendees read it and remark, the chair approves, the secretariat publishes, an attendee finds it, downloads
 * the PDF and closes the action they were given.
 */
class MinutesJourneyTest extends KaribuTest {

    @Autowired
    MinutesFixture fixture;

    private void as(String username, String route) {
        loginAndOpen(username, route);
        UI.getCurrent().getPage().reload();
    }

    private String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    /** The rendered Markdown of a section (Html components keep it out of the element text). */
    private String renderedText(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getChildren().filter(Html.class::isInstance)
                .map(c -> ((Html) c).getInnerHtml()).reduce("", String::concat);
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftReviewApprovePublishAndFollowUp() {
        MinutesFixture.HeldMeeting h = fixture.create();

        // The secretariat opens the compte rendu from the held meeting in the calendar.
        as(h.user("secretariat"), "calendrier");
        _click(_get(Button.class, spec -> spec.withId("minutes-" + h.meetingId())));
        MinutesView view = _get(MinutesView.class);
        assertThat(text("minutes-title")).isEqualTo("Compte rendu — COPIL d’automne");
        assertThat(text("minutes-status")).isEqualTo("Brouillon");
        assertThat(text("minutes-attendance")).contains("Camille Copil", "Présent(e)", "Sam Suivi", "Excusé(e)");
        assertThat(text("section-1")).contains("Bilan du lieu d’accueil enfants-parents");

        // Writes the first section in Markdown, previews it, saves it.
        _setValue(_get(TextArea.class, spec -> spec.withId("section-body-1")),
                "Le LAEP a accueilli **42 familles**.\n\n| Commune | Familles |\n|---|---|\n| Samatan | 12 |");
        _click(_get(Button.class, spec -> spec.withId("section-preview-button-1")));
        Html preview = (Html) _get(Div.class, spec -> spec.withId("section-preview-1")).getChildren().findFirst().orElseThrow();
        assertThat(preview.getInnerHtml()).contains("<strong>42 familles</strong>", "<table>", "<td>Samatan</td>");
        _click(_get(Button.class, spec -> spec.withId("section-save-1")));

        // Script in the second section is refused, and what was typed stays in the field.
        String unsafe = "Voir [le site](javascript:alert(1))";
        _setValue(_get(TextArea.class, spec -> spec.withId("section-body-2")), unsafe);
        _click(_get(Button.class, spec -> spec.withId("section-save-2")));
        assertThat(text("section-error-2")).contains("javascript:");
        assertThat(_get(TextArea.class, spec -> spec.withId("section-body-2")).getValue()).isEqualTo(unsafe);

        // A decision about the first objective, and an action for Dominique (a past date is refused first).
        _click(_get(Button.class, spec -> spec.withId("decision-add-1")));
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-text")), "Étendre le LAEP à Samatan.");
        MultiSelectComboBox<ObjectiveSummary> objectives = _get(MultiSelectComboBox.class, spec -> spec.withId("decision-objectives"));
        _setValue(objectives, Set.of(objectives.getListDataView().getItems()
                .filter(o -> o.id() == h.w().objectiveId()).findFirst().orElseThrow()));
        _click(_get(Button.class, spec -> spec.withId("decision-save")));
        _click(_get(Button.class, spec -> spec.withId("action-add-1")));
        _setValue(_get(TextField.class, spec -> spec.withId("action-what")), "Chiffrer l’extension");
        ComboBox<MemberSummary> owner = _get(ComboBox.class, spec -> spec.withId("action-owner"));
        _setValue(owner, owner.getListDataView().getItems().filter(m -> m.username().equals(h.user("copil2")))
                .findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, spec -> spec.withId("action-due")), LocalDate.of(2026, 11, 1));
        _click(_get(Button.class, spec -> spec.withId("action-save")));
        assertThat(text("action-error")).contains("passé");
        _setValue(_get(DatePicker.class, spec -> spec.withId("action-due")), LocalDate.of(2027, 1, 15));
        _click(_get(Button.class, spec -> spec.withId("action-save")));
        assertThat(text("section-decisions-1")).contains("Étendre le LAEP à Samatan.", "Ouvrir un lieu d’accueil");
        assertThat(text("section-actions-1")).contains("Chiffrer l’extension", "Dominique Copil", "15 janvier 2027");

        // Circulates it for two weeks.
        _setValue(_get(DatePicker.class, spec -> spec.withId("minutes-review-date")), LocalDate.of(2026, 12, 12));
        _click(_get(Button.class, spec -> spec.withId("minutes-start-review")));
        assertThat(text("minutes-status")).isEqualTo("En relecture");
        assertThat(text("minutes-receipts")).contains("Camille Copil", "pas encore lu");
        long minutesId = Long.parseLong(UI.getCurrent().getActiveViewLocation().getPath().replaceAll("\\D+", ""));

        // Dominique reads it and remarks on the first section; no editing for attendees.
        as(h.user("copil2"), "comptes-rendus/" + minutesId);
        _assertNone(TextArea.class, spec -> spec.withId("section-body-1"));
        assertThat(renderedText("section-1")).contains("<strong>42 familles</strong>");
        _setValue(_get(TextArea.class, spec -> spec.withId("remark-text-1")), "Préciser le calendrier de l’extension.");
        _click(_get(Button.class, spec -> spec.withId("remark-add-1")));
        assertThat(text("remarks-1")).contains("Préciser le calendrier", "En attente de réponse");

        // Camille (the chair) reads it; approving with an open remark asks for confirmation, which she declines.
        as(h.user("copil"), "comptes-rendus/" + minutesId);
        _click(_get(Button.class, spec -> spec.withId("minutes-approve")));
        Dialog confirm = _get(Dialog.class, spec -> spec.withId("minutes-confirm-approval"));
        assertThat(confirm.getElement().getTextRecursively()).contains("remarque");
        confirm.close();
        assertThat(text("minutes-status")).isEqualTo("En relecture");

        // The secretariat sees both read receipts and takes the remark into account.
        as(h.user("secretariat"), "comptes-rendus/" + minutesId);
        assertThat(text("minutes-receipts")).doesNotContain("pas encore lu").contains("lu le 28 novembre 2026");
        Div remark = _find(Div.class, spec -> spec.withClasses("ctg-remark")).getFirst();
        long remarkId = Long.parseLong(remark.getId().orElseThrow().replace("remark-", ""));
        _setValue(_get(TextArea.class, spec -> spec.withId("remark-answer-" + remarkId)), "Ajouté : rentrée 2027.");
        _click(_get(Button.class, spec -> spec.withId("remark-accept-" + remarkId)));
        assertThat(text("remarks-1")).contains("Prise en compte", "Ajouté : rentrée 2027.");

        // The chair approves; the text is frozen.
        as(h.user("copil"), "comptes-rendus/" + minutesId);
        _click(_get(Button.class, spec -> spec.withId("minutes-approve")));
        assertThat(text("minutes-status")).isEqualTo("Approuvé");
        assertThat(text("minutes-approved")).contains("Camille Copil");

        // The secretariat publishes for the committee; the PDF and its SHA-256 show.
        as(h.user("secretariat"), "comptes-rendus/" + minutesId);
        _assertNone(TextArea.class, spec -> spec.withId("section-body-1"));
        RadioButtonGroup<Audience> audience = _get(RadioButtonGroup.class, spec -> spec.withId("minutes-audience"));
        _setValue(audience, Audience.COMMITTEE);
        _click(_get(Button.class, spec -> spec.withId("minutes-publish")));
        assertThat(text("minutes-status")).isEqualTo("Publié");
        assertThat(_get(Anchor.class, spec -> spec.withId("minutes-pdf")).getHref())
                .isEqualTo("files/comptes-rendus/" + minutesId + ".pdf");
        assertThat(text("minutes-sha")).matches(".*[0-9a-f]{64}");

        // Dominique finds it by searching, and closes her action from the dashboard.
        as(h.user("copil2"), "comptes-rendus");
        _setValue(_get(TextField.class, spec -> spec.withId("minutes-search")), "samatan");
        assertThat(text("minutes-published")).contains("COPIL d’automne");
        _setValue(_get(TextField.class, spec -> spec.withId("minutes-search")), "piscine");
        assertThat(text("minutes-published")).doesNotContain("COPIL d’automne");
        UI.getCurrent().navigate("");
        assertThat(text("card-actions")).contains("Chiffrer l’extension");
        Button done = _find(Button.class, spec -> spec.withText("Faite")).getFirst();
        _click(done);
        assertThat(text("card-actions")).contains("Aucune action ouverte");

        // The reader, outside the committee, does not see them.
        as(h.user("lecteur"), "comptes-rendus");
        assertThat(text("minutes-published")).doesNotContain("COPIL d’automne");
        assertThat(view).isNotNull();
        assertThat(_find(UnorderedList.class, spec -> spec.withId("minutes-in-progress"))).isEmpty();
        assertThat(_find(Span.class)).isNotEmpty();
        assertThat(_find(Paragraph.class)).isNotEmpty();
    }
}
