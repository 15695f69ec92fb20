package fr.ctg.base.pdf;

import java.io.IOException;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The row of the parties' logos at the top of every shared document (Article 8), first on the left, last on the right. */
public final class PdfLogos {

    private PdfLogos() {
    }

    public static PdfPTable header(List<PdfLogo> logos) {
        PdfPTable table = new PdfPTable(Math.max(1, logos.size()));
        table.setWidthPercentage(100);
        int i = 0;
        for (PdfLogo logo : logos) {
            PdfPCell cell;
            Image image = image(logo.png());
            if (image != null) {
                image.scaleToFit(140, 56);
                cell = new PdfPCell(image, false);
            } else {
                cell = new PdfPCell(new Paragraph(logo.label(), new Font(PdfFonts.BOLD, 12)));
            }
            cell.setBorder(0);
            cell.setHorizontalAlignment(i++ == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
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
