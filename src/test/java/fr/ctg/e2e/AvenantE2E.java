package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.AppProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The secretariat changes Article 12 and an objective and adds a line to Annexe 1; "Préparer un avenant" lists
 * exactly those three modifications; approved, the avenant's DOCX (read back through LibreOffice headless) and PDF
 * both carry the three and both parties; the consolidated version of the day before still shows the old Article 12.
 * On its own demo, so that no other journey's edits join the list.
 */
class AvenantE2E {

    static MailedApp portal;
    static AppProcess app;

    @BeforeAll
    static void startOwnDemo() throws Exception {
        portal = MailedApp.start("avenant", Map.of("CTG_DEMO", "true"));
        app = portal.app;
    }

    @AfterAll
    static void stop() throws Exception {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void threeModificationsMakeTheAvenantItsDocxAndItsPdf() throws Exception {
        try (Browser b = new Browser(app.baseUrl())) {
            try {
                b.login("secretariat");
                b.open("convention/article/12");
                b.type("text-body", "Les parties s’engagent à publier la convention et son avenant sur leurs sites.");
                b.click("text-save");
                assertThat(b.waitText("text-version", "Version 2")).contains("Version 2");

                b.open("objectifs");
                WebElement objective = new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> d.findElements(
                        By.cssSelector("#objectives-field-1 a.ctg-objective-link")).stream().findFirst().orElse(null));
                b.click(objective);
                new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/objectifs/"));
                b.type("objective-title", "Créer un relais petite enfance itinérant");
                b.click("objective-save");
                assertThat(b.waitText("objective-version", "Version 2")).contains("Version 2");

                b.open("moyens");
                b.click("means-add");
                b.choose("means-party", "Caf du Gers");
                b.choose("means-field", "1.");
                b.type("means-year", "2016");
                b.choose("means-category", "Personnel");
                b.type("means-label", "Animatrice du relais itinérant");
                b.type("means-quantity", "0,5");
                b.click("means-save");
                assertThat(b.waitText("means-grid", "Animatrice du relais itinérant")).contains("ETP");

                b.open("avenants");
                assertThat(b.waitText("avenants-modifications", "dernière signature : 3"))
                        .contains("Article 12", "Article 4", "Annexe 1", "relais petite enfance itinérant",
                                "Animatrice du relais itinérant");
                b.click("avenants-prepare");
                new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().matches(".*/avenants/\\d+"));
                List<WebElement> boxes = b.driver.findElements(By.cssSelector("#avenant-changes vaadin-checkbox"));
                assertThat(boxes).as("exactly the three modifications").hasSize(3);
                for (WebElement box : boxes) {
                    b.click(box.findElement(By.cssSelector("input")));
                }
                AxeReport.check(b, "avenant draft (secretariat)");
                b.click("avenant-approve");
                assertThat(b.waitText("avenant-status", "Approuvé")).isEqualTo("Approuvé");
                b.screenshot("avenant-approved");

                String docxUrl = b.byId("avenant-docx").getAttribute("href");
                String pdfUrl = b.byId("avenant-pdf").getAttribute("href");
                Path out = Files.createTempDirectory("avenant-e2e");
                Path docx = out.resolve("avenant.docx");
                Files.write(docx, download(b, docxUrl));
                String word = convertedByLibreOffice(docx, out);
                String pdf;
                try (var doc = Loader.loadPDF(download(b, pdfUrl))) {
                    pdf = new PDFTextStripper().getText(doc);
                }
                for (String text : List.of(word, pdf)) {
                    assertThat(text.replaceAll("\\s+", " ")).contains("Avenant n° 1", "Caisse d’allocations familiales du Gers",
                            "Communauté de communes du Savès", "publier la convention et son avenant",
                            "Créer un relais petite enfance itinérant", "Animatrice du relais itinérant");
                }

                String yesterday = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString();
                b.open("convention/consolidee?date=" + yesterday);
                assertThat(b.waitText("consolidated-article-12", "secret professionnel"))
                        .doesNotContain("publier la convention et son avenant");
                AxeReport.check(b, "consolidated version (secretariat)");
            } catch (RuntimeException | AssertionError e) {
                b.failed("avenant-failed");
                throw e;
            }
        }
    }

    private static byte[] download(Browser b, String href) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", b.cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(href).isEqualTo(200);
        return r.body();
    }

    /** The DOCX opened and saved as text by LibreOffice headless: what an office suite reads in it. */
    private static String convertedByLibreOffice(Path docx, Path out) throws Exception {
        Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + out.resolve("lo-profile"),
                "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out.toString(), docx.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice converts within two minutes").isTrue();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Path txt = out.resolve("avenant.txt");
        assertThat(txt).as("LibreOffice output: " + log).exists();
        return Files.readString(txt, StandardCharsets.UTF_8);
    }
}
