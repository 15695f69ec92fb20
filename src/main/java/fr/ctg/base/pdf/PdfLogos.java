package fr.ctg.base.pdf;

import java.io.IOException;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The row of the parties' logos at the top of every shared document (Article 8), first on the left, last on the
 * right, each with the party's name under it as text.
 */
public final class PdfLogos {

    private PdfLogos() {
    }

    public static PdfPTable header(List<PdfLogo> logos) {
        PdfPTable table = new PdfPTable(Math.max(1, logos.size()));
        table.setWidthPercentage(100);
        int i = 0;
        for (PdfLogo logo : logos) {
            int align = i++ == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
            PdfPCell cell = new PdfPCell();
            Image image = image(logo.png());
            if (image != null) {
                image.scaleToFit(140, 56);
                image.setAlignment(align == Element.ALIGN_LEFT ? Image.LEFT : Image.RIGHT);
                cell.addElement(image);
            }
            // The party's name as text too, not only inside its logo: text extraction and search find it.
            Paragraph name = new Paragraph(logo.label(), new Font(PdfFonts.BOLD, image == null ? 12 : 8));
            name.setAlignment(align);
            cell.addElement(name);
            cell.setBorder(0);
            table.addCell(cell);
        }
        if (logos.isEmpty()) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(0);
            table.addCell(empty);
        }
        return table;
    }

    private static Image image(byte[] png) {
        if (png == null) {
            return null;
        }
        try {
            return Image.getInstance(png);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
