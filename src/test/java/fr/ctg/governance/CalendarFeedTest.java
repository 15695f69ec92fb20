package fr.ctg.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The personal iCal feed: served without a session to the secret's holder, parsed back by ical4j, revocable. */
@CtgSpringTest
class CalendarFeedTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    CommitteeService committeeService;
    @Autowired
    MeetingService meetingService;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    EditingFixture.World w;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        w = fixture.create();
        login.as(w.user("secretariat"));
        long copil = committeeService.committees(w.conventionId()).stream()
                .filter(c -> c.kind() == Committee.COMITE_PILOTAGE).findFirst().orElseThrow().id();
        meetingService.schedule(w.conventionId(), new NewMeeting(copil, "COPIL d’été", LocalDateTime.of(2027, 6, 10, 14, 0),
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

    private long accountId(String username) {
        return jdbc.queryForObject("SELECT id FROM account WHERE username = ?", Long.class, username);
    }

    /** Hole 1 of the security review: the feed listed the meetings of conventions where the person is only a partner. */
    @Test
    void theCalendarFeedLeaksNothingToAssociationAccounts() throws Exception {
        login.as(w.user("association"));
        assertThat(feeds.offered()).as("the menu offers no feed to a partner without a calendar").isFalse();
        assertThatThrownBy(feeds::issueToken).isInstanceOf(AccessRefusedException.class);
        login.logout();
        // A reader's feed, then the person becomes a partner only: the feed follows at once.
        login.as(w.user("lecteur"));
        assertThat(feeds.offered()).isTrue();
        String token = feeds.issueToken();
        login.logout();
        assertThat(fetch(token, 200)).contains("COPIL d’été");
        jdbc.update("UPDATE membership_role SET role = 'ASSOCIATION' WHERE membership_id = (SELECT id FROM membership "
                + "WHERE account_id = ? AND convention_id = ?)", accountId(w.user("lecteur")), w.conventionId());
        assertThat(fetch(token, 200)).doesNotContain("COPIL d’été", "Comité de suivi").contains("BEGIN:VCALENDAR");
    }

    @Test
    void theFeedStopsForADisabledAccountAndARevokedMembership() throws Exception {
        login.as(w.user("copil"));
        String copil = feeds.issueToken();
        login.as(w.user("suivi"));
        String suivi = feeds.issueToken();
        login.logout();
        assertThat(fetch(copil, 200)).contains("COPIL d’été");
        jdbc.update("UPDATE account SET enabled = false WHERE id = ?", accountId(w.user("copil")));
        fetch(copil, 404);
        jdbc.update("DELETE FROM membership WHERE account_id = ? AND convention_id = ?", accountId(w.user("suivi")),
                w.conventionId());
        assertThat(fetch(suivi, 200)).doesNotContain("COPIL d’été");
    }

    @Test
    void theFeedSpeaksThePersonsLanguage() throws Exception {
        jdbc.update("UPDATE account SET language = 'en' WHERE id = ?", accountId(w.user("lecteur")));
        login.as(w.user("lecteur"));
        String token = feeds.issueToken();
        login.logout();
        assertThat(fetch(token, 200)).contains("Follow-up committee before").doesNotContain("Comité de suivi avant");
    }
}
