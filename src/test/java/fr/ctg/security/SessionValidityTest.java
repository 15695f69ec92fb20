package fr.ctg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.admin.TenantFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Through the real filter chain: a session stops at its next request once the account is disabled, or once its
 * password was changed in another session; the session where it was changed goes on.
 */
@CtgSpringTest
class SessionValidityTest {

    @Autowired WebApplicationContext context;
    @Autowired TenantFixture fixture;
    @Autowired TestLogin login;
    @Autowired AccountService accounts;
    @Autowired AccountAdministrationService administration;
    @Autowired JdbcTemplate jdbc;

    MockMvc mvc;
    TenantFixture.Tenant t;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        t = fixture.create();
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    @Test
    void aSessionEndsAtItsNextRequestWhenThePasswordChangedElsewhereOrTheAccountIsDisabled() throws Exception {
        MockHttpSession reader = session(t.user("one-reader"), TestLogin.DEMO_PASSWORD);
        assertThat(status(reader)).as("logged in: the logo address answers 404, not the login page").isEqualTo(404);

        login.as(t.user("one-reader"));
        accounts.changePassword(TestLogin.DEMO_PASSWORD, TestLogin.CHOSEN_PASSWORD, TestLogin.CHOSEN_PASSWORD);
        assertThat(status(reader)).as("the older session ends").isEqualTo(302);

        MockHttpSession fresh = session(t.user("one-reader"), TestLogin.CHOSEN_PASSWORD);
        assertThat(status(fresh)).isEqualTo(404);
        long id = SystemIdentity.call(() -> accounts.accountIdOf(t.user("one-reader")).orElseThrow());
        login.as(t.user("cafadmin"));
        administration.disable(id);
        assertThat(jdbc.queryForObject("SELECT enabled FROM account WHERE id = ?", Boolean.class, id)).isFalse();
        assertThat(status(fresh)).as("a disabled account's session ends").isEqualTo(302);
        assertThat(mvc.perform(post("/login").param("username", t.user("one-reader"))
                .param("password", TestLogin.CHOSEN_PASSWORD).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl()).as("and it cannot log in").contains("error");
    }

    /** MockMvc would otherwise run the request as the test's own logged-in person: only the session speaks. */
    private MockHttpSession session(String username, String password) throws Exception {
        login.logout();
        var result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private int status(MockHttpSession session) throws Exception {
        login.logout();
        return mvc.perform(get("/logos/999999.png").session(session)).andReturn().getResponse().getStatus();
    }
}
