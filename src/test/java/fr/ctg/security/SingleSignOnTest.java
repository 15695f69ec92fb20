package fr.ctg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.TestSso;
import fr.ctg.admin.TenantFixture;
import fr.ctg.security.internal.SsoUser;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import oidcprovider.TestOidcProvider.Person;
import oidcprovider.TestOidcProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Single sign-on against a real OpenID Connect provider (Spring Authorization Server, started here): the portal's
 * side through its real filter chain (MockMvc), the provider's over HTTP with its own login form, as a browser would
 * go from one to the other. A person is matched by verified e-mail to their account or their pending invitation;
 * nobody else gets in; the logout ends the provider's session too. (The same journey in Chromium: SingleSignOnE2E.)
 */
@CtgSpringTest
class SingleSignOnTest {

    static final String PASSWORD = "mot-de-passe-du-fournisseur";
    static TestOidcProvider provider;

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TenantFixture tenants;
    @Autowired
    InvitationService invitations;
    @Autowired
    TestLogin login;
    MockMvc portal;
    HttpClient browser;

    @BeforeAll
    static void startProvider() {
        provider = TestOidcProvider.start(TestSso.PORT, "http://localhost", List.of(
                new Person("leon", PASSWORD, "Lecteur@demo.ctg.invalid", true, "Léon", "Lecteur"),
                new Person("inconnu", PASSWORD, "personne@ailleurs.invalid", true, "In", "Connu"),
                new Person("douteux", PASSWORD, "secretariat@demo.ctg.invalid", false, "Sophie", "Secrétariat"),
                new Person("invitee", PASSWORD, "nouvelle.agente@cc-test.invalid", true, "Nina", "Nouvelle"),
                // the same address as the demo's reader but for an accent, in a domain an attacker could register
                new Person("sosie", PASSWORD, "lecteur@démo.ctg.invalid", true, "Léon", "Sosie")));
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void newBrowser() {
        portal = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void aVerifiedAddressOfAnAccountLogsInAndTheLogoutEndsTheProvidersSessionToo() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String callback = throughProvider(session, "leon");
        MvcResult back = portal.perform(get(URI.create(callback)).session(session)).andReturn();
        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/");
        SecurityContext security = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(security.getAuthentication()).isInstanceOf(OAuth2AuthenticationToken.class);
        assertThat(security.getAuthentication().getPrincipal()).isInstanceOfSatisfying(SsoUser.class, user -> {
            assertThat(user.getUsername()).isEqualTo("lecteur");
            assertThat(user.isAwaitingSecondFactor()).isFalse();
        });
        assertThat(lastJournal("LOGIN")).contains("sso " + TestSso.ISSUER);

        MvcResult out = portal.perform(post("/logout").with(csrf()).session(session)).andReturn();
        String endSession = out.getResponse().getRedirectedUrl();
        assertThat(endSession).startsWith(provider.issuer() + "/connect/logout").contains("id_token_hint=");
        HttpResponse<String> ended = browser.send(HttpRequest.newBuilder(URI.create(endSession)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ended.headers().firstValue("Location")).hasValue("http://localhost/login?logout");

        // The provider forgot the person: a new login asks for their password again
        String authorize = portal.perform(get("/oauth2/authorization/sso").session(new MockHttpSession())).andReturn()
                .getResponse().getRedirectedUrl();
        HttpResponse<String> again = browser.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void anUnknownAddressIsRefusedAndJournaled() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult back = portal.perform(get(URI.create(throughProvider(session, "inconnu"))).session(session)).andReturn();
        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/login?sso=unknown");
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = 'personne@ailleurs.invalid'",
                Integer.class)).as("no self-registration").isZero();
        assertThat(lastJournal("LOGIN_FAILED")).isEqualTo("sso unknown");
    }

    @Test
    void anAddressThatDiffersByAnAccentIsNotTheAccount() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult back = portal.perform(get(URI.create(throughProvider(session, "sosie"))).session(session)).andReturn();
        assertThat(back.getResponse().getRedirectedUrl()).as("the database's collation ignores accents; the match must not")
                .isEqualTo("/login?sso=unknown");
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
    }

    @Test
    void anAddressTheProviderDidNotVerifyIsRefused() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult back = portal.perform(get(URI.create(throughProvider(session, "douteux"))).session(session)).andReturn();
        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/login?sso=unverified");
    }

    @Test
    void anInvitedAddressGetsItsAccountAndItsRoles() throws Exception {
        var t = tenants.create();
        login.as(t.user("one-admin"));
        invitations.invite(t.one(), new NewInvitation("Nina Nouvelle", "nouvelle.agente@cc-test.invalid",
                Locale.FRENCH, Set.of(Role.READER), List.of(), Set.of()));
        login.logout();

        MockHttpSession session = new MockHttpSession();
        MvcResult back = portal.perform(get(URI.create(throughProvider(session, "invitee"))).session(session)).andReturn();
        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/");
        SsoUser user = (SsoUser) ((SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).getAuthentication().getPrincipal();
        assertThat(user.getUsername()).isEqualTo("nouvelle.agente@cc-test.invalid");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM membership m JOIN account a ON a.id = m.account_id "
                + "WHERE a.username = 'nouvelle.agente@cc-test.invalid' AND m.convention_id = ?", Integer.class, t.one()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invitation WHERE email = 'nouvelle.agente@cc-test.invalid' "
                + "AND used_at IS NOT NULL", Integer.class)).isEqualTo(1);
    }

    /**
     * The portal sends the browser to the provider; the provider's login form is filled in; the provider sends the
     * browser back: returns the portal's callback address (path and query) that the browser would open.
     */
    private String throughProvider(MockHttpSession session, String username) throws Exception {
        String authorize = portal.perform(get("/oauth2/authorization/sso").session(session)).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(authorize).startsWith(provider.issuer() + "/oauth2/authorize").contains("code_challenge=", "nonce=");
        HttpResponse<String> toLogin = send(authorize);
        String loginPage = toLogin.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> form = send(loginPage);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as("the provider's login page").isTrue();
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(provider.issuer() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(PASSWORD)
                        + "&_csrf=" + enc(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        String resumed = posted.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> code = send(resumed.startsWith("http") ? resumed : provider.issuer() + resumed);
        String callback = code.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith("http://localhost/login/oauth2/code/sso?code=");
        var uri = UriComponentsBuilder.fromUriString(callback).build();
        return uri.getPath() + "?" + uri.getQuery();
    }

    private HttpResponse<String> send(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String lastJournal(String kind) {
        return jdbc.queryForObject("SELECT COALESCE(detail, '') FROM journal_entry WHERE kind = ? ORDER BY id DESC LIMIT 1",
                String.class, kind);
    }
}
