package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.ctg.AppProcess;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Caf puts the portal in service, in real browsers, from an empty database (no demo): the setup address printed at
 * start → the platform administrator creates the Caf du Gers and invites its administrator (GreenMail receives the
 * e-mail, the browser follows the link) → she creates a convention from the national structure and invites a
 * secretariat member → he sets his password, logs in and schedules a COPIL → she revokes him → his next click lands
 * on the access-refused page → the journal shows each step. Then a forgotten password, reset from its e-mail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartE2E {

    static final String ADMIN_PASSWORD = "Lectoure-Mirande-2026!";
    static final String CAF_PASSWORD = "Auch-Châteaudun-32!";
    static final String MEMBER_PASSWORD = "Lombez-Samatan-2026!";

    static MailedApp portal;
    static GreenMail mail;
    static AppProcess app;
    /** The secret of the Caf administrator's authenticator app (enrolled in the first journey). */
    static String clairesApp;

    @BeforeAll
    static void startEmptyPortal() throws Exception {
        portal = MailedApp.start("first-start", Map.of("CTG_MAIL_FROM", "portail-ctg@caf-gers.test"));
        mail = portal.mail;
        app = portal.app;
    }

    @AfterAll
    static void stop() throws Exception {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    @Order(1)
    void fromAnEmptyDatabaseToAConventionItsMemberAndTheirRevocation() throws Exception {
        Matcher setup = Pattern.compile("/setup/([A-Za-z0-9_-]{20,})").matcher("");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!setup.reset(app.log()).find() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(setup.reset(app.log()).find()).as("the setup address is printed at start").isTrue();
        assertThat(app.log()).doesNotContain("Demo data loaded");
        try (Browser admin = new Browser(app.baseUrl()); Browser caf = new Browser(app.baseUrl());
             Browser member = new Browser(app.baseUrl())) {
            try {
                // 1. The setup address creates the platform administrator.
                admin.open("setup/" + setup.group(1));
                AxeReport.check(admin, "first start /setup");
                admin.type("setup-username", "plateforme");
                admin.type("setup-name", "Paula Plateforme");
                admin.type("setup-email", "plateforme@caf-gers.test");
                admin.type("setup-password", ADMIN_PASSWORD);
                admin.type("setup-again", ADMIN_PASSWORD);
                admin.click("setup-create");
                assertThat(admin.waitText("setup-done", "plateforme")).contains("ne fonctionne plus");
                admin.screenshot("first-start-1-setup-done");
                admin.open("setup/" + setup.group(1));
                assertThat(admin.text("setup-error")).contains("déjà un administrateur");

                // 2. She creates the Caf du Gers and invites its administrator.
                admin.login("plateforme", ADMIN_PASSWORD);
                // An administrator's password opens the second factor: she enrols her app (QR code or typed key)
                assertThat(admin.waitText("second-factor-view", "QR code")).contains("application d’authentification");
                AxeReport.check(admin, "first start /double-authentification (enrolment)");
                admin.screenshot("first-start-2a-second-factor-enrolment");
                admin.enrolSecondFactor();
                assertThat(admin.menu()).contains("Caf");
                admin.menu("Caf");
                AxeReport.check(admin, "first start /administration/cafs");
                admin.click("caf-new");
                admin.type("caf-code", "gers");
                admin.type("caf-name", "Caf du Gers");
                admin.type("caf-departement", "32 – Gers");
                admin.click("caf-create");
                admin.waitText("caf-view", "Caf du Gers");
                admin.click("caf-admin-invite");
                admin.type("caf-admin-name", "Claire Caf");
                admin.type("caf-admin-email", "claire@caf-gers.test");
                AxeReport.check(admin, "first start invite a Caf administrator");
                admin.click("caf-admin-send");
                admin.waitText("caf-view", "Invitation en attente : claire@caf-gers.test");
                admin.screenshot("first-start-2-caf-created");

                // 3. The Caf's administrator follows her e-mailed link and sets her password.
                caf.open(link(lastMailTo("claire@caf-gers.test"), "invitation"));
                assertThat(caf.text("invitation-what")).contains("Paula Plateforme", "Caf du Gers");
                AxeReport.check(caf, "first start /invitation (new account)");
                caf.type("invitation-password", CAF_PASSWORD);
                caf.type("invitation-again", CAF_PASSWORD);
                caf.click("invitation-accept");
                caf.waitText("invitation-done", "claire@caf-gers.test");

                // 4. She creates a convention from the national structure.
                caf.login("claire@caf-gers.test", CAF_PASSWORD);
                clairesApp = caf.enrolSecondFactor();
                caf.menu("Caf");
                caf.click(caf.driver.findElements(By.cssSelector("[id^='caf-open-']")).getFirst());
                caf.waitText("caf-view", "Conventions de la Caf");
                caf.click("caf-convention-new");
                AxeReport.check(caf, "first start wizard: starting point");
                caf.click("wizard-next");
                caf.type("terms-title", "Convention territoriale globale Caf du Gers – CC du Savès");
                caf.type("terms-territory", "Communauté de communes du Savès (32 communes)");
                caf.type("party-2-name", "Communauté de communes du Savès");
                caf.type("party-2-short", "CC du Savès");
                caf.click("party-2-add-signatory");
                caf.type("party-2-signatory-1-name", "Hervé Lefebvre");
                caf.type("party-2-signatory-1-capacity", "Président");
                caf.type("party-2-signatory-1-authorisation", "Délibération du conseil communautaire du 15 septembre 2014");
                AxeReport.check(caf, "first start wizard: parties");
                for (int step = 2; step <= 5; step++) {
                    caf.click("wizard-next");
                }
                assertThat(caf.text("wizard-summary")).contains("4 champs d’intervention", "10 objectifs", "13 articles");
                AxeReport.check(caf, "first start wizard: summary");
                caf.screenshot("first-start-3-wizard-summary");
                caf.click("wizard-next");
                new WebDriverWait(caf.driver, Duration.ofSeconds(30))
                        .until(d -> d.getCurrentUrl().contains("administration/membres"));
                caf.settle();

                // 5. She invites a secretariat member, with his seat in the COPIL.
                caf.click("members-invite");
                caf.type("invite-name", "Sacha Secrétariat");
                caf.type("invite-email", "sacha@cc-saves.test");
                caf.tick("grant-roles", "Secrétariat");
                caf.choose("grant-seat-COMITE_PILOTAGE", "À titre permanent");
                AxeReport.check(caf, "first start invite a member");
                caf.click("invite-send");
                caf.waitText("invitations-grid", "sacha@cc-saves.test");
                AxeReport.check(caf, "first start /administration/membres");

                // 6. He follows his link, sets his password, logs in and schedules a COPIL.
                member.open(link(lastMailTo("sacha@cc-saves.test"), "invitation"));
                member.type("invitation-password", MEMBER_PASSWORD);
                member.type("invitation-again", MEMBER_PASSWORD);
                member.click("invitation-accept");
                member.waitText("invitation-done", "sacha@cc-saves.test");
                member.login("sacha@cc-saves.test", MEMBER_PASSWORD);
                assertThat(member.menu()).contains("Calendrier").doesNotContain("Membres");
                member.menu("Calendrier");
                member.click("schedule-meeting");
                member.choose("meeting-committee", "Comité de pilotage");
                member.type("meeting-title", "Premier COPIL");
                LocalDate day = LocalDate.now().plusMonths(2).withDayOfMonth(12);
                List<WebElement> start = member.byId("meeting-start").findElements(By.cssSelector("input"));
                start.get(0).sendKeys(day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
                member.settle();
                start.get(1).sendKeys("14:00", Keys.ENTER);
                member.settle();
                List<WebElement> end = member.byId("meeting-end").findElements(By.cssSelector("input"));
                end.get(0).sendKeys(day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
                member.settle();
                end.get(1).sendKeys("16:00", Keys.ENTER);
                member.settle();
                member.click("meeting-save");
                member.waitText("agenda", "Premier COPIL");
                member.screenshot("first-start-4-member-scheduled-copil");

                // 7. The Caf's administrator revokes him; his next click lands on the access-refused page.
                caf.open("administration/membres");
                WebElement edit = new WebDriverWait(caf.driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector("[id^='member-edit-']")).stream()
                        .filter(e -> e.getDomAttribute("aria-label") != null
                                && e.getDomAttribute("aria-label").contains("Sacha")).findFirst().orElse(null));
                caf.click(edit);
                caf.click("member-revoke");
                caf.click("revoke-dialog-confirm");
                caf.settle();
                caf.open("administration/membres"); // a grid keeps recycled rows in the DOM: read a fresh one
                assertThat(caf.waitText("members-grid", "Claire Caf")).doesNotContain("Sacha Secrétariat");
                member.settle();
                // Either the push already took his page away from the convention, or his next click does.
                new WebDriverWait(member.driver, Duration.ofSeconds(15))
                        .ignoring(StaleElementReferenceException.class).until(d -> {
                            if (d.findElement(By.tagName("body")).getText().contains("Accès refusé")) {
                                return true;
                            }
                            d.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                                    .filter(e -> e.getText().strip().equals("Objectifs")).findFirst()
                                    .ifPresent(WebElement::click);
                            return false;
                        });
                assertThat(member.driver.findElements(By.cssSelector("vaadin-side-nav-item")))
                        .as("nothing of the convention left on screen").isEmpty();
                assertThat(member.page()).doesNotContain("Savès", "Objectifs");
                member.screenshot("first-start-5-revoked-member-access-refused");

                // 8. The journal shows each step (the newest on screen, all of them in its CSV export).
                caf.menu("Journal");
                caf.choose("journal-scope", "Caf : Caf du Gers");
                assertThat(caf.waitText("journal-grid", "Membre retiré")).contains("Sacha Secrétariat", "Claire Caf");
                AxeReport.check(caf, "first start /administration/journal");
                caf.screenshot("first-start-6-journal");
                String csv = download(caf, caf.byId("journal-export").getDomAttribute("href"));
                assertThat(csv).contains("CONVENTION_CREATED", "INVITATION_SENT", "INVITATION_ACCEPTED", "ROLES_GRANTED",
                        "LOGIN", "MEMBERSHIP_REVOKED", "Sacha Secrétariat", "sacha@cc-saves.test", "127.0.0.1");
                admin.open("administration/journal");
                admin.choose("journal-scope", "Toute la plateforme");
                admin.choose("journal-kind", "Caf créée");
                admin.click("journal-apply");
                assertThat(admin.waitText("journal-grid", "Caf créée")).contains("Paula Plateforme");
            } catch (RuntimeException | AssertionError e) {
                admin.failed("first-start-failed-admin");
                caf.failed("first-start-failed-caf");
                member.failed("first-start-failed-member");
                throw e;
            }
        }
    }

    @Test
    @Order(2)
    void aForgottenPasswordIsResetFromItsEmail() throws Exception {
        try (Browser b = new Browser(app.baseUrl())) {
            try {
                b.open("login");
                WebElement forgot = new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector("vaadin-login-form vaadin-button")).stream()
                        .filter(e -> e.getText().contains("Mot de passe oublié")).findFirst().orElse(null));
                b.click(forgot);
                new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("mot-de-passe-oublie"));
                AxeReport.check(b, "first start /mot-de-passe-oublie");
                b.type("forgot-identifier", "claire@caf-gers.test");
                b.click("forgot-send");
                b.waitText("forgot-done", "Si un compte correspond");
                b.open(link(lastMailTo("claire@caf-gers.test"), "reinitialisation"));
                AxeReport.check(b, "first start /reinitialisation");
                b.type("reset-password", "Nouveau-mot-de-passe-Auch!");
                b.type("reset-again", "Nouveau-mot-de-passe-Auch!");
                b.click("reset-save");
                b.waitText("reset-done", "claire@caf-gers.test");
                b.screenshot("first-start-7-password-reset");
                b.login("claire@caf-gers.test", "Nouveau-mot-de-passe-Auch!");
                // A new password does not skip the second factor
                b.secondFactor(clairesApp);
                assertThat(b.driver.getCurrentUrl()).doesNotContain("login");
                assertThat(b.menu()).contains("Caf");
            } catch (RuntimeException | AssertionError e) {
                b.failed("first-start-failed-reset");
                throw e;
            }
        }
        try (Browser old = new Browser(app.baseUrl())) {
            old.open("login");
            WebElement form = old.driver.findElement(By.tagName("vaadin-login-form"));
            form.findElement(By.cssSelector("input[name='username']")).sendKeys("claire@caf-gers.test");
            form.findElement(By.cssSelector("input[name='password']")).sendKeys(CAF_PASSWORD, Keys.ENTER);
            new WebDriverWait(old.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("error"));
        }
    }

    /** What a link of the page answers, fetched with the browser's session. */
    private static String download(Browser b, String href) throws Exception {
        String url = href.startsWith("http") ? href : app.baseUrl() + "/" + href.replaceFirst("^/", "");
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).header("Cookie", b.cookieHeader()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** The last e-mail to this address. */
    private static MimeMessage lastMailTo(String address) throws Exception {
        MimeMessage found = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (found == null && System.nanoTime() < deadline) {
            found = Arrays.stream(mail.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(address);
                } catch (Exception e) {
                    return false;
                }
            }).reduce((a, b) -> b).orElse(null);
            if (found == null) {
                mail.waitForIncomingEmail(1000, 1);
            }
        }
        assertThat(found).as("an e-mail to " + address).isNotNull();
        return found;
    }

    /** The portal path of the link of this kind in the e-mail ({@code invitation/...}). */
    private static String link(MimeMessage message, String kind) {
        String body = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = Pattern.compile("/" + kind + "/([A-Za-z0-9_-]{20,})").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return kind + "/" + m.group(1);
    }
}
