package fr.ctg.minutes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.minutes.Audience;
import fr.ctg.minutes.MinutesFixture;
import fr.ctg.minutes.MinutesService;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The PDF address of published minutes, through the real security chain: its audience only. */
@CtgSpringTest
class MinutesPdfControllerTest {

    @Autowired WebApplicationContext context;
    @Autowired MinutesService minutes;
    @Autowired MinutesFixture fixture;
    @Autowired TestLogin login;

    MockMvc mvc;
    MinutesFixture.HeldMeeting h;
    long minutesId;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        h = fixture.create();
        login.as(h.user("secretariat"));
        minutesId = minutes.openForMeeting(h.meetingId());
        minutes.startReview(minutesId, LocalDate.of(2026, 12, 1));
        login.as(h.user("copil"));
        minutes.approve(minutesId, null, false);
        login.as(h.user("secretariat"));
        minutes.publish(minutesId, Audience.COMMITTEE, false);
        login.logout();
    }

    @AfterEach
    void logout() {
        login.logout();
    }

    private Authentication as(String username) {
        Authentication auth = login.as(username);
        login.logout();
        return auth;
    }

    @Test
    void theAudienceDownloadsThePdfWhoseHashMatches() throws Exception {
        MvcResult result = mvc.perform(get("/files/comptes-rendus/" + minutesId + ".pdf")
                        .with(authentication(as(h.user("copil2")))))
                .andExpect(status().isOk()).andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
                .contains("compte-rendu-2026-11-20-" + minutesId + ".pdf");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        assertThat(result.getResponse().getHeader("X-Content-SHA256")).isEqualTo(sha);
    }

    @Test
    void othersGetNotFoundAndStrangersNoFile() throws Exception {
        mvc.perform(get("/files/comptes-rendus/" + minutesId + ".pdf").with(authentication(as(h.user("lecteur")))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/files/comptes-rendus/" + minutesId + ".pdf").with(authentication(as("copil"))))
                .andExpect(status().isNotFound());
        MvcResult anonymous = mvc.perform(get("/files/comptes-rendus/" + minutesId + ".pdf")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isIn(302, 401, 403);
    }
}
