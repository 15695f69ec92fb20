package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.AppProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import oidcprovider.TestOidcProvider.Person;
import oidcprovider.TestOidcProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Single sign-on in a real browser: the portal (its own process, set only by the CTG_SSO_* variables) and a real
 * OpenID Connect provider (Spring Authorization Server, in this JVM) with its own login page. A person known by their
 * e-mail goes through the provider's page and lands in the portal as their account; the logout ends both sessions
 * (the provider asks for the password again); an unknown address is sent back with a clear message.
 */
class SingleSignOnE2E {

    static final String PASSWORD = "mot-de-passe-du-fournisseur";
    static TestOidcProvider provider;
    static AppProcess app;

    @BeforeAll
    static void start() throws Exception {
        int port = AppProcess.freePort();
        provider = TestOidcProvider.start("http://127.0.0.1:" + port, List.of(
                new Person("leon", PASSWORD, "lecteur@demo.ctg.invalid", true, "Léon", "Lecteur"),
                new Person("inconnu", PASSWORD, "personne@ailleurs.invalid", true, "In", "Connu")));
        Path data = Browser.OUT.getParent().resolve("e2e-sso");
        FileSystemUtils.deleteRecursively(data);
        app = AppProcess.start(data, "sso", AppProcess.freePort(), port,
                Map.of("CTG_BASE_URL", "http://127.0.0.1:" + port,
                        "CTG_SSO_ISSUER", provider.issuer(),
                        "CTG_SSO_CLIENT_ID", TestOidcProvider.CLIENT_ID,
                        "CTG_SSO_CLIENT_SECRET", TestOidcProvider.CLIENT_SECRET,
                        "CTG_SSO_NAME", "ProConnect"),
                List.of("--spring.profiles.active=demo", "--ctg.exit-when-closed=true"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void throughTheProvidersLoginPageIntoThePortalAndOutOfBoth() {
        try (Browser b = new Browser(app.baseUrl())) {
            try {
                b.open("login");
                assertThat(b.text("login-sso")).isEqualTo("Se connecter avec ProConnect");
                AxeReport.check(b, "/login with single sign-on");
                throughProvider(b, "leon");
                new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(app.baseUrl())
                        && !d.getCurrentUrl().contains("/login"));
                b.settle();
                assertThat(b.waitText("user-menu", "Léon Lecteur")).contains("Léon Lecteur");
                assertThat(b.menu()).contains("Objectifs");
                b.screenshot("sso-1-logged-in");

                b.logout();
                new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(app.baseUrl() + "/login"));
                b.settle();
                assertThat(b.driver.getCurrentUrl()).as("back from the provider's logout").endsWith("/login?logout");

                // The provider's session ended too: single sign-on asks for the password again
                b.byId("login-sso").click();
                new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login"));
                assertThat(b.driver.findElements(By.id("password"))).isNotEmpty();
                b.screenshot("sso-2-provider-asks-again");
            } catch (RuntimeException | AssertionError e) {
                b.failed("sso-failed-journey");
                throw e;
            }
        }
    }

    @Test
    void anUnknownAddressIsSentBackWithAClearMessage() {
        try (Browser b = new Browser(app.baseUrl())) {
            try {
                b.open("login");
                throughProvider(b, "inconnu");
                new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/login?sso=unknown"));
                b.settle();
                assertThat(b.waitText("login-sso-refusal", "Aucun compte")).contains("Demandez une invitation");
                AxeReport.check(b, "/login single sign-on refused");
                b.screenshot("sso-3-unknown-refused");
            } catch (RuntimeException | AssertionError e) {
                b.failed("sso-failed-unknown");
                throw e;
            }
        }
    }

    /** The login page's button, then the provider's own login form. */
    private static void throughProvider(Browser b, String username) {
        b.byId("login-sso").click(); // a full page load to the provider: no Vaadin to wait for there
        new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login"));
        b.driver.findElement(By.id("username")).sendKeys(username);
        b.driver.findElement(By.id("password")).sendKeys(PASSWORD);
        b.driver.findElement(By.cssSelector("button[type='submit']")).click();
    }
}
