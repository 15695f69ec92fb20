package fr.ctg.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.AccountService;
import fr.ctg.security.Committee;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders reach the right people by e-mail (GreenMail) once, and never twice. */
@CtgSpringTest
class ReminderServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReminderService reminders;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    CommitteeService committeeService;
    @Autowired
    MeetingService meetingService;
    @Autowired
    AccountService accounts;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    @AfterEach
    void logout() {
        login.logout();
    }

    private List<MimeMessage> mineTo(String address) throws Exception {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    @Test
    void aMeetingAndAMilestoneInTheComingDaysAreRemindedOnceToThePeopleConcerned() throws Exception {
        login.as(w.user("secretariat"));
        long copil = committeeService.committees(w.conventionId()).stream()
                .filter(c -> c.kind() == Committee.COMITE_PILOTAGE).findFirst().orElseThrow().id();
        // the test clock says 28 November 2026: a COPIL on 3 December is within the 7-day window
        meetingService.schedule(w.conventionId(), new NewMeeting(copil, "COPIL de décembre",
                LocalDateTime.of(2026, 12, 3, 14, 0), LocalDateTime.of(2026, 12, 3, 16, 0), "Europe/Paris", null, null));
        long owner = accounts.members(w.conventionId()).stream().filter(m -> m.username().equals(w.user("copil")))
                .findFirst().orElseThrow().accountId();
        milestoneService.addMilestone(w.conventionId(), "Présentation de la CTG aux acteurs", LocalDate.of(2026, 12, 1), owner);
        milestoneService.addMilestone(w.conventionId(), "Trop loin", LocalDate.of(2027, 1, 20), owner);
        login.logout();

        reminders.sendDue();

        List<MimeMessage> toSecretariat = mineTo(w.user("secretariat") + "@test.invalid");
        assertThat(toSecretariat).hasSize(1);
        assertThat(toSecretariat.getFirst().getSubject()).isEqualTo("Rappel : COPIL de décembre le 3 décembre 2026");
        List<MimeMessage> toCopil = mineTo(w.user("copil") + "@test.invalid");
        assertThat(toCopil).hasSize(1);
        assertThat(toCopil.getFirst().getSubject())
                .isEqualTo("Rappel : Jalon d’évaluation : Présentation de la CTG aux acteurs — échéance le 1 décembre 2026");
        assertThat(mineTo(w.user("lecteur") + "@test.invalid")).isEmpty();

        // a second run (or a run after a restart: the record is in the database) sends nothing again
        reminders.sendDue();
        assertThat(mineTo(w.user("secretariat") + "@test.invalid")).hasSize(1);
        assertThat(mineTo(w.user("copil") + "@test.invalid")).hasSize(1);
    }
}
