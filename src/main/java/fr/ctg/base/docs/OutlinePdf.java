package fr.ctg.base.docs;

import fr.ctg.base.docs.DocOutline.Block;
import fr.ctg.base.pdf.MarkdownToPdf;
import fr.ctg.base.pdf.PdfA;
import fr.ctg.base.pdf.PdfLogos;
import fr.ctg.base.pdf.PdfTypography;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** Writes an outline as PDF/A-2b (OpenPDF, DejaVu Sans embedded, then {@link PdfA}) for publication and archiving. */
public final class OutlinePdf {

    private static final Color MISSING = new Color(0x92, 0x40, 0x0E);

    private OutlinePdf() {
    }

    public static byte[] write(DocOutline outline, Locale locale, Instant created) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 45, 45, 45, 45);
        PdfTypography f = PdfTypography.dejaVu();
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(PdfLogos.header(outline.logos()));
            for (Block b : outline.blocks()) {
                switch (b) {
                    case DocOutline.Title t -> {
                        Paragraph p = spaced(new Paragraph(t.text(), new Font(f.title().getBaseFont(), 20)), 36);
                        p.setAlignment(Element.ALIGN_CENTER);
                        doc.add(p);
                        if (t.subtitle() != null) {
                            Paragraph s = spaced(new Paragraph(t.subtitle(), f.heading()), 8);
                            s.setAlignment(Element.ALIGN_CENTER);
                            doc.add(s);
                        }
                    }
                    case DocOutline.Heading h -> doc.add(spaced(new Paragraph(h.text(), h.level() == 1 ? f.title() : f.heading()),
                            h.level() == 1 ? 16 : 10));
                    case DocOutline.Text t -> doc.add(spaced(new Paragraph(t.text(), f.body()), 3));
                    case DocOutline.Missing m -> {
                        Font font = new Font(f.body().getBaseFont(), f.body().getSize(), Font.ITALIC, MISSING);
                        doc.add(spaced(new Paragraph(m.text(), font), 3));
                    }
                    case DocOutline.Markdown m -> {
                        for (Element e : new MarkdownToPdf(f).blocks(m.text())) {
                            doc.add(e);
                        }
                    }
                    case DocOutline.Bullet t -> {
                        Paragraph p = spaced(new Paragraph("• " + t.text(), f.body()), 2);
                        p.setIndentationLeft(10);
                        doc.add(p);
                    }
                    case DocOutline.Table t -> doc.add(table(t, f));
                    case DocOutline.Chart c -> {
                        Image image = Image.getInstance(c.png());
                        image.scaleToFit(c.widthPt(), c.heightPt());
                        image.setAlignment(Image.MIDDLE);
                        doc.add(image);
                        Paragraph caption = new Paragraph(c.caption(), f.small());
                        caption.setAlignment(Element.ALIGN_CENTER);
                        doc.add(caption);
                    }
                    case DocOutline.PageBreak ignored -> doc.newPage();
                }
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PdfA.archival(out.toByteArray(), outline.title(), locale, created);
    }

    private static PdfPTable table(DocOutline.Table t, PdfTypography f) {
        PdfPTable table = t.widths() != null && t.widths().length == t.headers().size()
                ? new PdfPTable(t.widths()) : new PdfPTable(t.headers().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        Font head = new Font(f.bold().getBaseFont(), 8);
        Font body = new Font(f.body().getBaseFont(), 8);
        for (String h : t.headers()) {
            PdfPCell cell = new PdfPCell(new Paragraph(h, head));
            cell.setBackgroundColor(new Color(0xE5, 0xE7, 0xEB));
            table.addCell(cell);
        }
        for (var row : t.rows()) {
            for (int i = 0; i < t.headers().size(); i++) {
                table.addCell(new PdfPCell(new Paragraph(i < row.size() ? row.get(i) : "", body)));
            }
        }
        return table;
    }

    private static Paragraph spaced(Paragraph p, float before) {
        p.setSpacingBefore(before);
        return p;
    }
}
