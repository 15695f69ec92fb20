package fr.ctg.base.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/** DejaVu Sans (regular and bold, in {@code /fonts}) embedded in generated PDFs so that French accents print. */
public final class PdfFonts {

    public static final BaseFont REGULAR = load("DejaVuSans.ttf");
    public static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font /fonts/" + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
