package fr.ctg.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestClockConfig;
import fr.ctg.TestLogin;
import fr.ctg.base.SecretTokens;
import fr.ctg.notification.NotificationChannel;
import fr.ctg.notification.NotificationPreferenceService;
import fr.ctg.notification.NotificationService;
import fr.ctg.notification.internal.PreferenceStore;
import fr.ctg.objective.EditingFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * RFC 8058: a mail client's one-click POST, without session or CSRF token, stops the e-mails of the link's kind; an
 * unknown secret gets 404; a GET (a link scanner) changes nothing.
 */
@CtgSpringTest
class OneClickUnsubscribeTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    PreferenceStore store;
    @Autowired
    NotificationPreferenceService preferences;
    @Autowired
    EditingFixture fixture;
    @Autowired
    TestLogin login;
    @Autowired
    TestClockConfig.MutableClock clock;

    MockMvc mvc;
    EditingFixture.World w;
    String token = SecretTokens.newToken();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        w = fixture.create();
        store.saveUnsubscribe(SecretTokens.sha256(token), fixture.accountId(w, "copil"),
                NotificationService.KIND_MENTION, clock.instant());
    }

    @AfterEach
    void logout() {
        login.logout();
    }

    private NotificationChannel mention() {
        login.as(w.user("copil"));
        NotificationChannel c = preferences.preferences().get(NotificationService.KIND_MENTION);
        login.logout();
        return c;
    }

    @Test
    void theMailClientsPostStopsTheEmailsOfTheKindWithoutSessionNorCsrfToken() throws Exception {
        mvc.perform(get(OneClickUnsubscribeController.PATH + token));
        assertThat(mention()).as("a GET changes nothing").isEqualTo(NotificationChannel.EMAIL);
        mvc.perform(post(OneClickUnsubscribeController.PATH + token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andExpect(status().isOk());
        assertThat(mention()).isEqualTo(NotificationChannel.IN_APP);
        mvc.perform(post(OneClickUnsubscribeController.PATH + "not-a-secret")).andExpect(status().isNotFound());
    }
}
