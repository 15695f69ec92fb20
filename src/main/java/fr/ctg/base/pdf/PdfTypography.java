package fr.ctg.base.pdf;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/** The sizes of the portal's PDFs: body 10, small 9, headings 12, title 16, in a regular and a bold face. */
public record PdfTypography(BaseFont regular, BaseFont boldFace) {

    /** DejaVu Sans, embedded (French accents print). */
    public static PdfTypography dejaVu() {
        return new PdfTypography(PdfFonts.REGULAR, PdfFonts.BOLD);
    }

    public Font body() {
        return new Font(regular, 10);
    }

    public Font small() {
        return new Font(regular, 9);
    }

    public Font bold() {
        return new Font(boldFace, 10);
    }

    public Font heading() {
        return new Font(boldFace, 12);
    }

    public Font title() {
        return new Font(boldFace, 16);
    }
}
