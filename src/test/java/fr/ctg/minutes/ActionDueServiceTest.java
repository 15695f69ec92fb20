package fr.ctg.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestClockConfig;
import fr.ctg.TestLogin;
import fr.ctg.notification.NotificationItem;
import fr.ctg.notification.NotificationService;
import fr.ctg.security.SystemIdentity;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Owners of open actions are told once per due date when it comes near; done actions and later ones wait. */
@CtgSpringTest
class ActionDueServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Autowired ActionDueService due;
    @Autowired ActionItemService actions;
    @Autowired MinutesService minutes;
    @Autowired MinutesEditingService editing;
    @Autowired NotificationService notifications;
    @Autowired MinutesFixture fixture;
    @Autowired TestLogin login;
    @Autowired TestClockConfig.MutableClock clock;

    MinutesFixture.HeldMeeting h;

    @BeforeEach
    void setUp() {
        h = fixture.create();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        login.logout();
    }

    private long action(String what, String owner, LocalDate dueDate) {
        long section = minutes.details(minutes.openForMeeting(h.meetingId())).sections().getFirst().id();
        return editing.addAction(new NewActionItem(section, what, h.id(owner), null, dueDate, null)).id();
    }

    private long dueNotices(String owner) {
        login.as(h.user(owner));
        return notifications.recent(20).stream()
                .filter(n -> n.kind().equals(NotificationService.KIND_ACTION_DUE)).count();
    }

    @Test
    void anOwnerIsToldOnceWhenTheirActionComesDueAndNeverForADoneOne() {
        login.as(h.user("secretariat"));
        action("Envoyer le bilan du LAEP", "copil2", TODAY.plusDays(1));
        long done = action("Réserver la salle", "copil", TODAY.plusDays(2));
        action("Préparer l’évaluation", "copil", TODAY.plusDays(30));
        login.as(h.user("copil"));
        actions.setStatus(done, ActionStatus.DONE);

        SystemIdentity.run(due::announceDue);
        SystemIdentity.run(due::announceDue);
        assertThat(dueNotices("copil2")).as("told once, whatever the runs").isEqualTo(1);
        NotificationItem n = notifications.recent(5).getFirst();
        assertThat(n.subject()).startsWith("Envoyer le bilan du LAEP — ");
        assertThat(dueNotices("copil")).as("done, or not due yet").isZero();

        clock.advance(Duration.ofDays(29));
        SystemIdentity.run(due::announceDue);
        assertThat(dueNotices("copil")).as("its own due date comes").isEqualTo(1);
        assertThat(dueNotices("copil2")).as("already told of its (now past) date").isEqualTo(1);
    }
}
