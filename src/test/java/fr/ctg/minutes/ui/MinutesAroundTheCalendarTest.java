package fr.ctg.minutes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.KaribuTest;
import fr.ctg.governance.MeetingService;
import fr.ctg.governance.NewMeeting;
import fr.ctg.minutes.Audience;
import fr.ctg.minutes.MinutesEditingService;
import fr.ctg.minutes.MinutesFixture;
import fr.ctg.minutes.MinutesService;
import fr.ctg.minutes.NewActionItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Minutes seen from elsewhere: the next meeting's agenda, the objective's page, a meeting not held yet. */
class MinutesAroundTheCalendarTest extends KaribuTest {

    @Autowired MinutesFixture fixture;
    @Autowired MinutesService minutes;
    @Autowired MinutesEditingService editing;
    @Autowired MeetingService meetingService;

    private String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void openActionsAreOfferedOnTheNextAgendaAndDecisionsShowOnTheObjective() {
        MinutesFixture.HeldMeeting h = fixture.create();
        login.as(h.user("secretariat"));
        long id = minutes.openForMeeting(h.meetingId());
        var s1 = minutes.details(id).sections().getFirst();
        editing.addDecision(s1.id(), "Étendre le LAEP à Samatan.", Set.of(h.w().objectiveId()), Set.of());
        editing.addAction(new NewActionItem(s1.id(), "Chiffrer l’extension", null, "Mme Dupré",
                LocalDate.of(2027, 1, 15), h.w().objectiveId()));
        long next = meetingService.schedule(h.w().conventionId(), new NewMeeting(h.committeeId(), "COPIL de printemps",
                LocalDateTime.of(2027, 3, 4, 14, 0), LocalDateTime.of(2027, 3, 4, 16, 0), "Europe/Paris", null, null)).id();

        loginAndOpen(h.user("secretariat"), "calendrier");
        _click(_get(Button.class, spec -> spec.withId("agenda-" + next)));
        assertThat(text("agenda-follow-ups")).contains("Chiffrer l’extension — Mme Dupré — 15 janvier 2027");
        _click(_get(Button.class, spec -> spec.withId("agenda-follow-up-1")));
        assertThat(text("agenda-items")).contains("Suivi : Chiffrer l’extension", "Ouvrir un lieu d’accueil");
        assertThat(text("agenda-follow-ups")).contains("(à l’ordre du jour)");

        // Not held yet: the secretariat is told why no compte rendu opens.
        UI.getCurrent().navigate("comptes-rendus/reunion/" + next);
        assertThat(text("minutes-open-error")).contains("une fois la réunion tenue");

        // Once published, the decision shows on the objective's page, linked to the minutes.
        minutes.startReview(id, LocalDate.of(2026, 12, 5));
        login.as(h.user("copil"));
        minutes.approve(id, null, false);
        login.as(h.user("secretariat"));
        minutes.publish(id, Audience.CONVENTION, false);
        loginAndOpen(h.user("lecteur"), "objectifs/" + h.w().objectiveId());
        UI.getCurrent().getPage().reload();
        assertThat(text("objective-references")).contains("Étendre le LAEP à Samatan.", "Comité de pilotage");
        assertThat(_get(_get(Div.class, spec -> spec.withId("objective-references")), RouterLink.class, spec -> {
        }).getHref()).isEqualTo("comptes-rendus/" + id);

        // The calendar's button for the held meeting leads to its compte rendu.
        loginAndOpen(h.user("secretariat"), "calendrier");
        _click(_get(Button.class, spec -> spec.withId("minutes-" + h.meetingId())));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("comptes-rendus/" + id);
    }
}
