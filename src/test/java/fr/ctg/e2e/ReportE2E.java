package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

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
                b.date("report-from", "01/01/2025");
                b.date("report-to", "31/12/2025");
                b.click("report-build");
                assertThat(b.waitText("report-step", "Rapport prêt")).contains("Rapport annuel de suivi");
                b.pageNotHidden();
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

    private static byte[] download(Browser b, String href) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", b.cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(href).isEqualTo(200);
        assertThat(r.body().length).as(href).isGreaterThan(10_000);
        return r.body();
    }
}
