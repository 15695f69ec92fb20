package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The secretariat schedules a COPIL and sees the deadlines Annexe 3 derives from it; then, for a meeting held,
 * drafts the compte rendu, circulates it, the chair approves it in his own browser, the secretariat publishes it
 * and the PDF downloads with the SHA-256 the page shows.
 */
class CalendarAndMinutesE2E {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH);

    /** Schedules a meeting of the Comité de pilotage through the dialog, as the secretariat does. */
    static void scheduleCopil(Browser b, String title, LocalDate day) {
        b.open("calendrier");
        b.click("schedule-meeting");
        b.settle();
        b.click("meeting-committee");
        WebElement copil = new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("vaadin-select-item")).stream().filter(e -> e.getText().contains("Comité de pilotage"))
                .findFirst().orElse(null));
        copil.click();
        b.settle();
        b.type("meeting-title", title);
        dateTime(b, "meeting-start", day, "14:00");
        dateTime(b, "meeting-end", day, "16:30");
        b.type("meeting-place", "Salle du conseil, Samatan");
        AxeReport.check(b, "schedule meeting dialog");
        b.click("meeting-save");
        b.settle();
        b.waitText("agenda", title);
    }

    private static void dateTime(Browser b, String id, LocalDate day, String time) {
        List<WebElement> inputs = b.byId(id).findElements(By.cssSelector("input"));
        inputs.get(0).sendKeys(PICKER.format(day));
        inputs.get(0).sendKeys(Keys.ENTER);
        b.settle();
        inputs.get(1).sendKeys(time);
        inputs.get(1).sendKeys(Keys.ENTER);
        b.settle();
    }

    /** The agenda row that names this label. */
    private static String row(Browser b, String label) {
        return new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("#agenda .ctg-agenda-row, #agenda .ctg-agenda-overdue")).stream().map(WebElement::getText)
                .filter(t -> t.contains(label)).findFirst().orElse(null));
    }

    @Test
    void aCopilScheduledShowsItsDerivedDeadlines() {
        try (Browser b = new Browser()) {
            try {
                b.login("secretariat");
                LocalDate day = LocalDate.now().plusMonths(4).withDayOfMonth(10);
                String title = "COPIL de printemps " + System.currentTimeMillis() % 100000;
                scheduleCopil(b, title, day);
                assertThat(row(b, title + " · Comité de pilotage")).contains(SHOWN.format(day), "14:00–16:30",
                        "Salle du conseil, Samatan");
                assertThat(row(b, "Comité de suivi avant « " + title + " »")).contains(SHOWN.format(day.minusMonths(1)));
                assertThat(row(b, "Propositions du secrétariat technique pour « " + title + " »"))
                        .contains(SHOWN.format(day.minusDays(15)));
                AxeReport.check(b, "calendar with a new COPIL");
                b.screenshot("calendar-copil-deadlines");
            } catch (RuntimeException | AssertionError e) {
                b.failed("calendar-failed");
                throw e;
            }
        }
    }

    @Test
    void minutesAreDraftedApprovedByTheChairPublishedAndDownloaded() throws Exception {
        try (Browser sophie = new Browser(); Browser paul = new Browser()) {
            try {
                sophie.login("secretariat");
                String title = "COPIL d’hiver " + System.currentTimeMillis() % 100000;
                scheduleCopil(sophie, title, LocalDate.now().plusDays(3));

                // Attendance: Paul (the chair) present; the meeting is marked held.
                long meetingId = Long.parseLong(new WebDriverWait(sophie.driver, Duration.ofSeconds(10)).until(d -> d
                        .findElements(By.cssSelector("#agenda .ctg-agenda-row")).stream()
                        .filter(r -> r.getText().contains(title + " · ")).findFirst()
                        .map(r -> r.findElement(By.cssSelector("vaadin-button[id^='attendance-']")).getAttribute("id"))
                        .orElse(null)).replace("attendance-", ""));
                sophie.click("attendance-" + meetingId);
                sophie.settle();
                WebElement member = sophie.byId("attendance-member").findElement(By.cssSelector("input"));
                member.sendKeys("Paul Pilotage");
                sophie.settle();
                member.sendKeys(Keys.ENTER);
                sophie.settle();
                sophie.byId("attendance-status").findElements(By.cssSelector("vaadin-radio-button")).stream()
                        .filter(r -> r.getText().contains("Présent(e)")).findFirst().orElseThrow().click();
                sophie.settle();
                sophie.click("attendance-record");
                sophie.settle();
                sophie.waitText("attendance-list", "Paul Pilotage");
                AxeReport.check(sophie, "attendance dialog");
                sophie.click("meeting-held");
                sophie.settle();

                // The compte rendu opens prefilled; the secretariat writes, saves, and circulates it.
                sophie.click("minutes-" + meetingId);
                sophie.settle();
                sophie.waitText("minutes-status", "Brouillon");
                assertThat(sophie.text("minutes-attendance")).contains("Paul Pilotage", "Présent(e)");
                sophie.type("section-body-1", "Le comité a validé **le plan d’action** du LAEP de Samatan.");
                sophie.click("section-save-1");
                sophie.settle();
                AxeReport.check(sophie, "minutes draft");
                sophie.click("minutes-start-review");
                sophie.settle();
                sophie.waitText("minutes-status", "En relecture");
                String minutesPath = new URI(sophie.driver.getCurrentUrl()).getPath();
                long minutesId = Long.parseLong(minutesPath.replaceAll("\\D+", ""));

                // Paul, the chair, reads and approves it in his browser.
                paul.login("copil");
                paul.open("comptes-rendus/" + minutesId);
                assertThat(paul.text("section-1")).contains("le plan d’action");
                AxeReport.check(paul, "minutes in review (chair)");
                paul.click("minutes-approve");
                paul.settle();
                assertThat(paul.waitText("minutes-status", "Approuvé")).isEqualTo("Approuvé");

                // The secretariat publishes it to the committee and downloads the PDF.
                sophie.open("comptes-rendus/" + minutesId);
                sophie.click("minutes-publish");
                sophie.settle();
                sophie.waitText("minutes-status", "Publié");
                String shown = sophie.text("minutes-sha").replaceAll(".*([0-9a-f]{64}).*", "$1");
                String href = sophie.byId("minutes-pdf").getAttribute("href");
                HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", sophie.cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(pdf.statusCode()).isEqualTo(200);
                assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
                assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body()));
                assertThat(sha).isEqualTo(shown);
                assertThat(pdf.headers().firstValue("X-Content-SHA256")).hasValue(sha);
                AxeReport.check(sophie, "minutes published");
                sophie.screenshot("minutes-published");
            } catch (RuntimeException | AssertionError e) {
                sophie.failed("minutes-failed-sophie");
                paul.failed("minutes-failed-paul");
                throw e;
            }
        }
    }
}
