package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Journeys through features, as people do them in a real browser (with axe-core on each page reached). */
class FeatureJourneysE2E {

    private static void noSeriousViolations(Browser b, String page) {
        AxeReport.check(b, page);
    }

    private static WebElement byId(Browser b, String id) {
        return b.byId(id);
    }

    private static void type(Browser b, String id, String text) {
        b.type(id, text);
    }

    @Test
    void anIndicatorsChartIsDrawnWithItsDataTable() {
        try (Browser b = new Browser()) {
            b.login("lecteur");
            b.open("indicateurs");
            noSeriousViolations(b, "indicateurs");
            int radar = new WebDriverWait(b.driver, Duration.ofSeconds(15))
                    .until(d -> d.findElements(By.cssSelector("#indicator-radar-chart svg")).size());
            assertThat(radar).isPositive();
            WebElement firstRow = new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> d.findElements(
                    By.cssSelector("#indicator-dashboard vaadin-grid-cell-content")).stream()
                    .filter(e -> e.getText().contains("Places en EAJE")).findFirst().orElse(null));
            firstRow.click();
            b.settle();
            int paths = new WebDriverWait(b.driver, Duration.ofSeconds(15))
                    .until(d -> d.findElements(By.cssSelector("#indicator-chart svg path")).size() > 3
                            ? d.findElements(By.cssSelector("#indicator-chart svg path")).size() : null);
            assertThat(paths).isGreaterThan(3);
            assertThat(b.driver.findElement(By.id("indicator-chart")).getAttribute("aria-label")).contains("Places en EAJE");
            noSeriousViolations(b, "indicator detail");
            b.screenshot("indicator-chart");
        }
    }

    @Test
    void anAssociationSubmitsItsContributionAndSeesItsReceipt() {
        try (Browser b = new Browser()) {
            b.login("association");
            b.open("contributions");
            noSeriousViolations(b, "contributions (association)");
            b.driver.findElement(By.cssSelector("#contribution-calls a")).click();
            b.settle();
            type(b, "answer-1", "Les jeunes parents manquent de lieux d’échange.");
            type(b, "answer-2", "1 250");
            new WebDriverWait(b.driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("contribute-saved")).getText().contains("Brouillon enregistré"));
            noSeriousViolations(b, "contribution form");
            byId(b, "contribute-submit").click();
            b.settle();
            String receipt = byId(b, "contribute-receipt").getText();
            assertThat(receipt).containsPattern("CTG-\\d{4}-\\d{5}-[0-9A-Z]+");
            b.screenshot("contribution-receipt");
        }
    }

    @Test
    void aDeliberationUploadedComesBackByteIdentical() throws Exception {
        Path pdf = Files.createTempFile("deliberation", ".pdf");
        byte[] bytes = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
                + "endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                + System.nanoTime()).getBytes(StandardCharsets.ISO_8859_1);
        Files.write(pdf, bytes);
        try (Browser b = new Browser()) {
            try {
                b.login("secretariat");
                b.open("deliberations");
                noSeriousViolations(b, "deliberations");
                String number = "E2E-" + System.currentTimeMillis() % 100000;
                DeliberationUpload.fillAndChoose(b, number, pdf);
                new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("file-chosen")).getText()
                        .contains(pdf.getFileName().toString()));
                noSeriousViolations(b, "deliberation upload dialog");
                String href = DeliberationUpload.saveAndFindDownload(b, pdf);
                String cookie = b.cookieHeader();
                HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookie).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(bytes);
                b.screenshot("deliberation-uploaded");
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("deliberation-failed");
                throw e;
            }
        }
    }
}
