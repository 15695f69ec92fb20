package fr.ctg.avenant;

import fr.ctg.avenant.AvenantOutline.Block;
import fr.ctg.base.pdf.MarkdownToPdf;
import fr.ctg.base.pdf.PdfLogos;
import fr.ctg.base.pdf.PdfTypography;
import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** Writes an avenant's outline as PDF (OpenPDF, DejaVu Sans embedded so that accents print everywhere). */
final class AvenantPdf {

    private AvenantPdf() {
    }

    static byte[] write(AvenantOutline outline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(outline.title());
            doc.addCreator("Portail CTG");
            doc.open();
            doc.add(PdfLogos.header(outline.logos()));
            PdfTypography f = PdfTypography.dejaVu();
            PdfPTable signatures = null;
            for (Block b : outline.blocks()) {
                switch (b) {
                    case AvenantOutline.Title t -> {
                        Paragraph p = new Paragraph(t.text(), f.title());
                        p.setAlignment(Element.ALIGN_CENTER);
                        p.setSpacingBefore(12);
                        doc.add(p);
                    }
                    case AvenantOutline.Heading h -> doc.add(spaced(new Paragraph(h.text(), f.heading()), 12));
                    case AvenantOutline.SubHeading h -> doc.add(spaced(new Paragraph(h.text(), f.bold()), 8));
                    case AvenantOutline.Text t -> doc.add(spaced(new Paragraph(t.text(), f.body()), 3));
                    case AvenantOutline.Bullet t -> {
                        Paragraph p = spaced(new Paragraph("• " + t.text(), f.body()), 3);
                        p.setIndentationLeft(10);
                        doc.add(p);
                    }
                    case AvenantOutline.Markdown m -> {
                        for (Element e : new MarkdownToPdf(f).blocks(m.text())) {
                            doc.add(e);
                        }
                    }
                    case AvenantOutline.Signature s -> {
                        if (signatures == null) {
                            signatures = new PdfPTable(2);
                            signatures.setWidthPercentage(100);
                            signatures.setSpacingBefore(18);
                        }
                        Paragraph p = new Paragraph(s.party() + "\n", f.bold());
                        p.add(new Paragraph(s.signatory() + "\n\n\n\n", f.body()));
                        PdfPCell cell = new PdfPCell(p);
                        cell.setBorder(0);
                        signatures.addCell(cell);
                    }
                }
            }
            if (signatures != null) {
                signatures.completeRow();
                doc.add(signatures);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static Paragraph spaced(Paragraph p, float before) {
        p.setSpacingBefore(before);
        return p;
    }
}
