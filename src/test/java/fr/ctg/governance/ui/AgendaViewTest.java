package fr.ctg.governance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.KaribuTest;
import fr.ctg.document.ui.LinkedDocumentsPanel;
import fr.ctg.governance.AttendanceStatus;
import fr.ctg.governance.CommitteeSummary;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.Committee;
import fr.ctg.security.MemberSummary;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretariat schedules a COPIL and everyone sees it with its derived deadlines in the agenda. */
class AgendaViewTest extends KaribuTest {

    @Autowired
    EditingFixture fixture;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    @SuppressWarnings("unchecked")
    private void schedule(LocalDateTime start, LocalDateTime end) {
        _click(_get(Button.class, spec -> spec.withId("schedule-meeting")));
        Select<CommitteeSummary> committee = _get(Select.class, spec -> spec.withId("meeting-committee"));
        _setValue(committee, committee.getListDataView().getItems()
                .filter(c -> c.kind() == Committee.COMITE_PILOTAGE).findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("meeting-title")), "COPIL de printemps");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("meeting-start")), start);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("meeting-end")), end);
        _setValue(_get(TextField.class, spec -> spec.withId("meeting-place")), "Lombez");
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));
    }

    @Test
    void aScheduledCopilShowsWithItsDerivedDeadlines() {
        loginAndOpen(w.user("secretariat"), "calendrier");
        schedule(LocalDateTime.of(2027, 3, 31, 14, 0), LocalDateTime.of(2027, 3, 31, 16, 0));
        String agenda = _get(Div.class, spec -> spec.withId("agenda")).getElement().getTextRecursively();
        assertThat(agenda).contains("28 février 2027", "Comité de suivi avant « COPIL de printemps »")
                .contains("16 mars 2027", "Propositions du secrétariat technique pour « COPIL de printemps »")
                .contains("31 mars 2027 14:00–16:00", "COPIL de printemps · Comité de pilotage", "Lombez");
        assertThat(agenda.indexOf("28 février 2027")).isLessThan(agenda.indexOf("16 mars 2027"));

        loginAndOpen(w.user("lecteur"), "calendrier");
        UI.getCurrent().getPage().reload(); // the reader's own page, not the secretary's
        _assertNone(Button.class, spec -> spec.withId("schedule-meeting"));
        assertThat(_get(Div.class, spec -> spec.withId("agenda")).getElement().getTextRecursively())
                .contains("COPIL de printemps");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecretariatConvenesRecordsAttendanceWithAProxyAndMarksTheMeetingHeld() {
        loginAndOpen(w.user("secretariat"), "calendrier");
        schedule(LocalDateTime.of(2027, 3, 31, 14, 0), LocalDateTime.of(2027, 3, 31, 16, 0));
        Button convene = LocatorJ._find(Button.class,
                spec -> spec.withText("Convoquer")).getFirst();
        _click(convene);
        assertThat(_get(Div.class, spec -> spec.withId("agenda")).getElement().getTextRecursively()).contains("Convoquée");

        _click(LocatorJ._find(Button.class, spec -> spec.withText("Présences")).getFirst());
        ComboBox<MemberSummary> who = _get(
                ComboBox.class, spec -> spec.withId("attendance-member"));
        ComboBox<MemberSummary> proxy = _get(
                ComboBox.class, spec -> spec.withId("attendance-proxy"));
        var people = who.getListDataView().getItems().toList();
        var dominique = people.stream().filter(m -> m.username().equals(w.user("copil2"))).findFirst().orElseThrow();
        var camille = people.stream().filter(m -> m.username().equals(w.user("copil"))).findFirst().orElseThrow();
        _setValue(who, dominique);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("attendance-status")),
                AttendanceStatus.REPRESENTED);
        _setValue(proxy, camille);
        _click(_get(Button.class, spec -> spec.withId("attendance-record")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("attendance-list"))
                .getElement().getTextRecursively()).contains("Dominique Copil", "Représenté(e) par Camille Copil");

        _setValue(proxy, dominique); // represented by oneself: refused, nothing lost
        _click(_get(Button.class, spec -> spec.withId("attendance-record")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("attendance-error")).getText())
                .isEqualTo("Une personne représentée doit l’être par un autre membre de la convention.");

        _click(_get(Button.class, spec -> spec.withId("meeting-held")));
        assertThat(_get(Div.class, spec -> spec.withId("agenda")).getElement().getTextRecursively()).contains("Tenue");
    }

    @Test
    void theSecretariatBuildsTheAgendaAndMembersReadIt() {
        loginAndOpen(w.user("secretariat"), "calendrier");
        schedule(LocalDateTime.of(2027, 3, 31, 14, 0), LocalDateTime.of(2027, 3, 31, 16, 0));
        _click(LocatorJ._find(Button.class, spec -> spec.withText("Ordre du jour")).getFirst());
        _setValue(_get(TextField.class, spec -> spec.withId("agenda-item-title")), "Point sur le LAEP");
        _setValue(_get(TextField.class, spec -> spec.withId("agenda-item-presenter")), "Camille");
        _click(_get(Button.class, spec -> spec.withId("agenda-item-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("agenda-item-title")), "");
        _click(_get(Button.class, spec -> spec.withId("agenda-item-add")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-error")).getText())
                .isEqualTo("L’intitulé du point est obligatoire (300 caractères au plus).");
        assertThat(_get(OrderedList.class, spec -> spec.withId("agenda-items"))
                .getElement().getTextRecursively()).contains("Point sur le LAEP — Camille");

        loginAndOpen(w.user("suivi"), "calendrier");
        UI.getCurrent().getPage().reload();
        _click(LocatorJ._find(Button.class, spec -> spec.withText("Ordre du jour")).getFirst());
        _assertNone(Button.class, spec -> spec.withId("agenda-item-add"));
        assertThat(_get(OrderedList.class, spec -> spec.withId("agenda-items"))
                .getElement().getTextRecursively()).contains("Point sur le LAEP");
    }

    @Test
    @SuppressWarnings("unchecked")
    void milestonesAreAddedWithAnOwnerFilteredAsMineAndMarkedDone() {
        loginAndOpen(w.user("secretariat"), "calendrier");
        _click(_get(Button.class, spec -> spec.withId("milestone-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("milestone-title")), "Construction des outils d’évaluation");
        _setValue(_get(DatePicker.class, spec -> spec.withId("milestone-due")),
                LocalDate.of(2027, 2, 15));
        ComboBox<MemberSummary> owner = _get(
                ComboBox.class, spec -> spec.withId("milestone-owner"));
        _setValue(owner, owner.getListDataView().getItems().filter(m -> m.username().equals(w.user("copil")))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("milestone-save")));
        schedule(LocalDateTime.of(2027, 3, 31, 14, 0), LocalDateTime.of(2027, 3, 31, 16, 0));

        loginAndOpen(w.user("copil"), "calendrier");
        UI.getCurrent().getPage().reload();
        _setValue(_get(Checkbox.class, spec -> spec.withId("calendar-mine")), true);
        String mine = _get(Div.class, spec -> spec.withId("agenda")).getElement().getTextRecursively();
        assertThat(mine).contains("Jalon d’évaluation : Construction des outils d’évaluation")
                .doesNotContain("COPIL de printemps");

        loginAndOpen(w.user("secretariat"), "calendrier");
        UI.getCurrent().getPage().reload();
        _click(LocatorJ._find(Button.class, spec -> spec.withText("Marquer comme fait")).getFirst());
        assertThat(_get(Div.class, spec -> spec.withId("agenda")).getElement().getTextRecursively()).contains("Fait");
        _click(LocatorJ._find(Button.class, spec -> spec.withText("Livrables")).getFirst());
        _get(LinkedDocumentsPanel.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMonthViewShowsEachDaysMeetingsAndDeadlines() {
        loginAndOpen(w.user("secretariat"), "calendrier");
        schedule(LocalDateTime.of(2027, 3, 31, 14, 0), LocalDateTime.of(2027, 3, 31, 16, 0));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("calendar-view")),
                "month");
        for (int i = 0; i < 4; i++) { // November 2026 → March 2027
            _click(_get(Button.class, spec -> spec.withId("month-next")));
        }
        Div grid = _get(Div.class, spec -> spec.withId("month-grid"));
        assertThat(grid.getElement().getAttribute("aria-label")).isEqualTo("mars 2027");
        String text = grid.getElement().getTextRecursively();
        assertThat(text).startsWith("lun.mar.mer.jeu.ven.sam.dim.1234") // 1 March 2027 is a Monday
                .contains("16Propositions du secrétariat technique pour « COPIL de printemps »")
                .contains("3114:00 COPIL de printemps")
                .doesNotContain("Comité de suivi avant"); // 28 February: previous month, outside this grid
    }

    @Test
    void movingACopilMovesItsDeadlinesInTheAgenda() {
        loginAndOpen(w.user("secretariat"), "calendrier");
        schedule(LocalDateTime.of(2027, 3, 31, 14, 0), LocalDateTime.of(2027, 3, 31, 16, 0));
        _click(LocatorJ._find(Button.class, spec -> spec.withText("Déplacer")).getFirst());
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("move-start")), LocalDateTime.of(2027, 6, 10, 9, 30));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("move-end")), LocalDateTime.of(2027, 6, 10, 12, 0));
        _click(_get(Button.class, spec -> spec.withId("move-save")));
        String agenda = _get(Div.class, spec -> spec.withId("agenda")).getElement().getTextRecursively();
        assertThat(agenda).contains("10 mai 2027", "26 mai 2027", "10 juin 2027 09:30–12:00")
                .doesNotContain("28 février 2027").doesNotContain("31 mars 2027");
    }

    @Test
    void theCommitteesListTheirSecretariatAndMembersWithPartyAndSeat() {
        loginAndOpen("lecteur", "calendrier");
        _click(_get(Button.class, spec -> spec.withId("committees")));
        String text = _get(Dialog.class, spec -> spec.withId("committees-dialog"))
                .getElement().getTextRecursively();
        assertThat(text).contains("Comité de pilotage", "Secrétariat : Communauté de communes",
                "Sophie Secrétariat (CC du Savès) — À titre permanent", "Fatima Suivi (CC du Savès) — À titre consultatif",
                "Groupe « Petite enfance »", "Présidence : Paul Pilotage");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecretariatNamesACommitteesChairWhomReadersSee() {
        loginAndOpen(w.user("secretariat"), "calendrier");
        _click(_get(Button.class, spec -> spec.withId("committees")));
        long copil = _get(Dialog.class, spec -> spec.withId("committees-dialog"))
                .getChildren().filter(c -> c.getId().orElse("").startsWith("committee-chair-")).findFirst()
                .map(c -> Long.parseLong(c.getId().orElseThrow().replace("committee-chair-", ""))).orElseThrow();
        var chair = _get(ComboBox.class, spec -> spec.withId("committee-chair-" + copil));
        _setValue(chair, chair.getListDataView().getItems()
                .filter(m -> ((MemberSummary) m).username().equals(w.user("copil2"))).findFirst().orElseThrow());
        loginAndOpen(w.user("lecteur"), "calendrier");
        UI.getCurrent().getPage().reload();
        _click(_get(Button.class, spec -> spec.withId("committees")));
        assertThat(_get(Dialog.class, spec -> spec.withId("committees-dialog"))
                .getElement().getTextRecursively()).contains("Présidence : Dominique Copil");
        assertThat(_find(ComboBox.class)).isEmpty();
    }

    @Test
    void aMeetingEndingBeforeItStartsIsRefusedAndTheDialogStaysOpen() {
        loginAndOpen(w.user("secretariat"), "calendrier");
        schedule(LocalDateTime.of(2027, 3, 31, 16, 0), LocalDateTime.of(2027, 3, 31, 14, 0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("schedule-error")).getText())
                .isEqualTo("La réunion doit finir après son début.");
        assertThat(_get(TextField.class, spec -> spec.withId("meeting-title")).getValue()).isEqualTo("COPIL de printemps");
    }
}
