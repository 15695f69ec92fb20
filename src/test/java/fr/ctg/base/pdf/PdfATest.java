package fr.ctg.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

class PdfATest {

    @Test
    void aGeneratedDocumentBecomesPdfA2bWithItsTitleAndTheLogosCaptionsAsText() throws IOException {
        byte[] plain = sample();
        assertThat(PdfAssertions.pdfA2bFailures(plain)).as("OpenPDF alone is not PDF/A").isNotEmpty();

        byte[] archival = PdfA.archival(plain, "Compte rendu — Comité de pilotage", Locale.FRENCH,
                Instant.parse("2026-11-28T10:15:30.456Z"));

        assertThat(PdfAssertions.pdfA2bFailures(archival)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(archival)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Compte rendu — Comité de pilotage");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Caf du Gers", "Communauté de communes du Savès", "Élus présents");
        }
    }

    private static byte[] sample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("brouillon");
        doc.open();
        doc.add(PdfLogos.header(List.of(new PdfLogo("Caf du Gers", png(new Color(0, 90, 160, 200))),
                new PdfLogo("Communauté de communes du Savès", null))));
        doc.add(new Paragraph("Élus présents : 12", PdfTypography.dejaVu().body()));
        doc.close();
        return out.toByteArray();
    }

    private static byte[] png(Color color) throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillOval(0, 0, 40, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
