package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.ctg.AppProcess;
import fr.ctg.governance.ReceivedMail;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A convocation from the secretariat's calendar to the member's phone: the e-mail arrives (GreenMail) with its
 * personal link; the member opens it on a 390 px wide screen without logging in, answers "represented" and names
 * the secretariat's member; the secretariat sees the answer in the attendance dialog.
 */
class ConvocationE2E {

    static MailedApp portal;
    static GreenMail mail;
    static AppProcess app;

    @BeforeAll
    static void startDemoWithMail() throws Exception {
        portal = MailedApp.start("convocation", Map.of("CTG_DEMO", "true"));
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
    void aMemberAnswersTheConvocationFromTheEmailOnAPhoneAndNamesAProxy() {
        try (Browser sophie = new Browser(app.baseUrl()); Browser paul = new Browser(app.baseUrl())) {
            try {
                sophie.login("secretariat");
                String title = "COPIL convoqué " + System.currentTimeMillis() % 100000;
                CalendarAndMinutesE2E.scheduleCopil(sophie, title, LocalDate.now().plusDays(20));
                WebElement convene = new WebDriverWait(sophie.driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.xpath("//*[contains(@class,'ctg-agenda-row')][contains(., '" + title + "')]"
                                + "//vaadin-button[starts-with(@id,'convene-')]")).stream().findFirst().orElse(null));
                String meetingId = convene.getAttribute("id").substring("convene-".length());
                sophie.click(convene);
                sophie.settle();

                ReceivedMail convocation = new WebDriverWait(sophie.driver, Duration.ofSeconds(30)).until(d ->
                        ReceivedMail.to(mail.getReceivedMessages(), "copil@demo.ctg.invalid").stream()
                                .filter(m -> m.subject().contains(title)).findFirst().orElse(null));
                assertThat(convocation.icsMethod()).isEqualTo("REQUEST");

                paul.driver.manage().window().setSize(new Dimension(390, 844));
                paul.driver.get(app.baseUrl() + "/convocation/" + convocation.token());
                paul.settle();
                assertThat(paul.waitText("convocation-meeting", title)).contains("Comité de pilotage");
                WebElement represented = new WebDriverWait(paul.driver, Duration.ofSeconds(10)).until(d ->
                        paul.byId("convocation-status").findElements(By.cssSelector("vaadin-radio-button")).stream()
                                .filter(e -> e.getText().contains("représenté")).findFirst().orElse(null));
                paul.click(represented.findElement(By.cssSelector("input")));
                paul.settle();
                paul.choose("convocation-proxy", "Sophie");
                AxeReport.check(paul, "convocation answer on a phone");
                paul.screenshot("convocation-answer-phone");
                paul.click("convocation-send");
                paul.settle();
                assertThat(paul.waitText("convocation-done", "Merci")).contains("enregistrée");
                assertThat(paul.text("convocation-answer")).contains("Sophie");
                assertThat(width(paul)).as("nothing wider than the phone").isLessThanOrEqualTo(390L);

                // The rest of what a convened member reads from the e-mail, on the phone: documents, minutes, the
                // accessibility statement; nothing wider than the screen, no serious axe violation
                paul.login("copil");
                paul.open("documents");
                new WebDriverWait(paul.driver, Duration.ofSeconds(10)).until(d ->
                        !d.findElements(By.cssSelector("#document-grid .ctg-grid-card")).isEmpty());
                assertThat(width(paul)).as("documents on a phone").isLessThanOrEqualTo(390L);
                AxeReport.check(paul, "documents on a phone");
                paul.screenshot("documents-phone");
                paul.open("calendrier");
                paul.waitText("agenda", title);
                assertThat(width(paul)).as("the calendar on a phone").isLessThanOrEqualTo(390L);
                AxeReport.check(paul, "calendar on a phone");
                for (String page : List.of("objectifs", "indicateurs")) {
                    paul.open(page);
                    new WebDriverWait(paul.driver, Duration.ofSeconds(10)).until(d ->
                            !d.findElements(By.cssSelector(".ctg-grid-card")).isEmpty());
                    assertThat(width(paul)).as(page + " on a phone").isLessThanOrEqualTo(390L);
                    AxeReport.check(paul, page + " on a phone");
                }
                paul.screenshot("indicators-phone");
                paul.open("comptes-rendus");
                assertThat(width(paul)).as("minutes on a phone").isLessThanOrEqualTo(390L);
                AxeReport.check(paul, "minutes on a phone");
                paul.open("accessibilite");
                assertThat(paul.waitText("legal-text", "partiellement conforme")).contains("Défenseur des droits");
                AxeReport.check(paul, "accessibility statement on a phone");

                sophie.open("calendrier");
                sophie.click("attendance-" + meetingId);
                sophie.settle();
                assertThat(sophie.waitText("convocation-list", "Paul Pilotage")).contains("Sophie");
            } catch (RuntimeException | AssertionError e) {
                sophie.failed("convocation-secretariat-failed");
                paul.failed("convocation-member-failed");
                throw e;
            }
        }
    }

    private static long width(Browser b) {
        return (Long) ((JavascriptExecutor) b.driver).executeScript("return document.documentElement.scrollWidth");
    }
}
