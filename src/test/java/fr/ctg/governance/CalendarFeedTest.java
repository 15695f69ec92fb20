package fr.ctg.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.Committee;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The personal iCal feed: served without a session to the secret's holder, parsed back by ical4j, revocable. */
@CtgSpringTest
class CalendarFeedTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    GovernanceService governance;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;

    MockMvc mvc;
    EditingFixture.World w;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        w = fixture.create();
        login.as(w.user("secretariat"));
        long copil = governance.committees(w.conventionId()).stream()
                .filter(c -> c.kind() == Committee.COMITE_PILOTAGE).findFirst().orElseThrow().id();
        governance.schedule(w.conventionId(), new NewMeeting(copil, "COPIL d’été", LocalDateTime.of(2027, 6, 10, 14, 0),
                LocalDateTime.of(2027, 6, 10, 16, 0), "Europe/Paris", "Lombez", null));
    }

    @AfterEach
    void logout() {
        login.logout();
    }

    private String fetch(String token, int expectedStatus) throws Exception {
        return mvc.perform(get("/ical/" + token + ".ics")).andExpect(status().is(expectedStatus)).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void theFeedListsTheMeetingsAndDeadlinesOfThePersonsConventionsAndParsesBack() throws Exception {
        login.as(w.user("lecteur"));
        String token = feeds.issueToken();
        login.logout();
        String ics = fetch(token, 200);
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue()).containsExactlyInAnyOrder("COPIL d’été",
                "Comité de suivi avant « COPIL d’été »", "Propositions du secrétariat technique pour « COPIL d’été »");
        VEvent meeting = events.stream().filter(e -> e.getSummary().getValue().equals("COPIL d’été")).findFirst().orElseThrow();
        assertThat(meeting.getDateTimeStart().getValue()).isEqualTo("20270610T120000Z"); // 14:00 in Paris, summer time
        assertThat(meeting.getLocation().getValue()).isEqualTo("Lombez");
        VEvent followUp = events.stream().filter(e -> e.getSummary().getValue().startsWith("Comité de suivi")).findFirst()
                .orElseThrow();
        assertThat(followUp.getDateTimeStart().getValue()).isEqualTo("20270510");
    }

    @Test
    void aNewSecretOrARevocationMakesTheOldUrlAnswer404() throws Exception {
        login.as(w.user("copil"));
        String first = feeds.issueToken();
        String second = feeds.issueToken();
        login.logout();
        fetch(first, 404);
        fetch(second, 200);
        login.as(w.user("copil"));
        feeds.revoke();
        login.logout();
        fetch(second, 404);
        fetch("not-a-real-secret", 404);
    }

    @Test
    void aPersonOfAnotherConventionSeesNoneOfThisConventionsMeetings() throws Exception {
        login.as("lecteur");
        String token = feeds.issueToken();
        login.logout();
        assertThat(fetch(token, 200)).doesNotContain("COPIL d’été").contains("BEGIN:VCALENDAR");
    }
}
