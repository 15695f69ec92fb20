package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The secretariat builds the Savès demo's annual report for 2025 in a real browser: the progress bar, then both
 * files downloaded — the DOCX (read with POI) and the PDF/A (PDFBox) carry both parties, the indicators and their
 * sources; axe-core on the page before and after.
 */
class ReportE2E {

    @Test
    void theSecretariatBuildsTheAnnualReportAndDownloadsBothFiles() throws Exception {
        try (Browser b = new Browser()) {
            try {
                b.login("secretariat");
                b.open("rapports");
                AxeReport.check(b, "reports page (secretariat)");
                date(b, "report-from", "01/01/2025");
                date(b, "report-to", "31/12/2025");
                b.click("report-build");
                assertThat(b.waitText("report-step", "Rapport prêt")).contains("Rapport annuel de suivi");
                pageNotHidden(b);
                AxeReport.check(b, "report built (secretariat)");
                b.screenshot("report-built");

                byte[] docx = download(b, b.byId("report-docx").getAttribute("href"));
                byte[] pdf = download(b, b.byId("report-pdf").getAttribute("href"));
                String word;
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                     XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                    word = text.getText();
                }
                String printed;
                try (var doc = Loader.loadPDF(pdf)) {
                    printed = new PDFTextStripper().getText(doc);
                }
                for (String text : new String[] {word, printed}) {
                    assertThat(text.replaceAll("\\s+", " ")).contains("Rapport annuel de suivi",
                            "Caisse d’allocations familiales du Gers", "Communauté de communes du Savès",
                            "PE_COUV_EAJE", "Données de démonstration", "Questions évaluatives", "Synthèse");
                }
                assertThat(new String(pdf, 0, 8)).isEqualTo("%PDF-1.7");
            } catch (RuntimeException | AssertionError e) {
                b.failed("report-failed");
                throw e;
            }
        }
    }

    /** Types a day into a date picker as a person does: select its text, type over it, Enter closes the overlay. */
    private static void date(Browser b, String id, String day) {
        WebElement input = b.byId(id).findElement(By.cssSelector("input"));
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()",
                input);
        b.retype(day);
        input.sendKeys(Keys.ENTER);
        b.settle();
        // The calendar overlay makes the rest of the page aria-hidden while open: closed as Escape would.
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].close && arguments[0].close()", b.byId(id));
        pageNotHidden(b);
    }

    /**
     * While a picker's calendar is open (or closing) the rest of the page is aria-hidden: wait until the picker is
     * closed and the frame's navigation bar is no longer hidden, as a person would before going on.
     */
    private static void pageNotHidden(Browser b) {
        new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("""
                        const open = document.querySelectorAll('vaadin-date-picker[opened]');
                        if (open.length) { open.forEach(p => p.close()); return false; }
                        const layout = document.querySelector('vaadin-app-layout');
                        const bar = layout && layout.shadowRoot && layout.shadowRoot.querySelector('#navbarTop');
                        return !bar || !bar.hasAttribute('aria-hidden');""")));
    }

    private static byte[] download(Browser b, String href) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", b.cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(href).isEqualTo(200);
        assertThat(r.body().length).as(href).isGreaterThan(10_000);
        return r.body();
    }
}
