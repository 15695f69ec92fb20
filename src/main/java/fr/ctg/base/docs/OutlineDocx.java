package fr.ctg.base.docs;

import fr.ctg.base.docs.DocOutline.Block;
import fr.ctg.base.pdf.PdfLogo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes an outline as a Word document (Apache POI) that people adjust before publishing: real headings (Word's
 * "Heading 1/2" styles, so the navigation pane and a table of contents work), tables, charts as pictures.
 */
public final class OutlineDocx {

    private static final int LOGO_HEIGHT_PT = 48;

    private OutlineDocx() {
    }

    public static byte[] write(DocOutline outline) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(outline.title());
            doc.getProperties().getCoreProperties().setCreator("Portail CTG");
            headingStyles(doc);
            logos(doc, outline);
            for (Block b : outline.blocks()) {
                switch (b) {
                    case DocOutline.Title t -> {
                        run(paragraph(doc, ParagraphAlignment.CENTER, 24), t.text(), 20, true);
                        if (t.subtitle() != null) {
                            run(paragraph(doc, ParagraphAlignment.CENTER, 6), t.subtitle(), 13, false);
                        }
                    }
                    case DocOutline.Heading h -> {
                        XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, h.level() == 1 ? 14 : 8);
                        p.setStyle(h.level() == 1 ? "Heading1" : "Heading2");
                        run(p, h.text(), h.level() == 1 ? 15 : 12, true);
                    }
                    case DocOutline.Text t -> run(paragraph(doc, ParagraphAlignment.LEFT, 2), t.text(), 10, false);
                    case DocOutline.Missing m -> {
                        XWPFRun r = run(paragraph(doc, ParagraphAlignment.LEFT, 2), m.text(), 10, false);
                        r.setItalic(true);
                        r.setColor("92400E");
                    }
                    case DocOutline.Markdown m -> markdown(doc, m.text(), 10);
                    case DocOutline.Bullet t -> run(paragraph(doc, ParagraphAlignment.LEFT, 1), "• " + t.text(), 10, false);
                    case DocOutline.Table t -> table(doc, t);
                    case DocOutline.Chart c -> chart(doc, c);
                    case DocOutline.PageBreak ignored -> doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headingStyles(XWPFDocument doc) {
        var styles = doc.createStyles();
        for (int level = 1; level <= 2; level++) {
            var ct = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            ct.setStyleId("Heading" + level);
            ct.addNewName().setVal("heading " + level);
            ct.addNewQFormat();
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            ct.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(ct, styles));
        }
    }

    private static void table(XWPFDocument doc, DocOutline.Table t) {
        XWPFTable table = doc.createTable(1, t.headers().size());
        table.setWidth("100%");
        table.setWidthType(TableWidthType.PCT);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < t.headers().size(); i++) {
            run(header.getCell(i).getParagraphs().getFirst(), t.headers().get(i), 9, true);
        }
        for (var row : t.rows()) {
            XWPFTableRow r = table.createRow();
            for (int i = 0; i < t.headers().size(); i++) {
                run(r.getCell(i).getParagraphs().getFirst(), i < row.size() ? row.get(i) : "", 9, false);
            }
        }
        doc.createParagraph();
    }

    private static void chart(XWPFDocument doc, DocOutline.Chart c) throws IOException {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, 6);
        try {
            XWPFRun run = p.createRun();
            run.addPicture(new ByteArrayInputStream(c.png()), Document.PICTURE_TYPE_PNG, "chart.png",
                    Units.toEMU(c.widthPt()), Units.toEMU(c.heightPt()));
            describe(run, c.caption());
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        XWPFRun caption = run(paragraph(doc, ParagraphAlignment.CENTER, 0), c.caption(), 8, false);
        caption.setItalic(true);
    }

    private static void logos(XWPFDocument doc, DocOutline outline) throws IOException {
        XWPFTable table = doc.createTable(2, Math.max(1, outline.logos().size()));
        table.setWidth("100%");
        table.setWidthType(TableWidthType.PCT);
        table.removeBorders();
        int i = 0;
        for (PdfLogo logo : outline.logos()) {
            XWPFParagraph image = table.getRow(0).getCell(i).getParagraphs().getFirst();
            XWPFParagraph name = table.getRow(1).getCell(i).getParagraphs().getFirst();
            ParagraphAlignment align = i == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT;
            image.setAlignment(align);
            name.setAlignment(align);
            BufferedImage png = logo.png() == null ? null : ImageIO.read(new ByteArrayInputStream(logo.png()));
            if (png != null) {
                double width = LOGO_HEIGHT_PT * png.getWidth() / (double) png.getHeight();
                try {
                    XWPFRun run = image.createRun();
                    run.addPicture(new ByteArrayInputStream(logo.png()), Document.PICTURE_TYPE_PNG,
                            "logo-" + i + ".png", Units.toEMU(width), Units.toEMU(LOGO_HEIGHT_PT));
                    describe(run, logo.label());
                } catch (InvalidFormatException e) {
                    throw new IOException(e);
                }
            }
            run(name, logo.label(), png == null ? 12 : 8, true);
            i++;
        }
    }

    /** The picture's alternative text (read by screen readers in Word): its caption, or the party's name. */
    private static void describe(XWPFRun run, String text) {
        var drawings = run.getCTR().getDrawingList();
        if (!drawings.isEmpty() && !drawings.getLast().getInlineList().isEmpty()) {
            drawings.getLast().getInlineList().getLast().getDocPr().setDescr(text);
        }
    }

    /** People's Markdown, kept readable in Word: headings bold, "- " items as bullets, emphasis marks removed. */
    public static void markdown(XWPFDocument doc, String text, int size) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            boolean heading = l.startsWith("#");
            if (heading) {
                l = l.replaceFirst("^#+\\s*", "");
            } else if (l.startsWith("- ") || l.startsWith("* ")) {
                l = "• " + l.substring(2);
            }
            l = l.replace("**", "").replace("__", "");
            run(paragraph(doc, ParagraphAlignment.LEFT, 2), l, size, heading);
        }
    }

    /** A paragraph of the document, aligned, with space before it (in points). */
    public static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int spacingBeforePt) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(spacingBeforePt * 20);
        return p;
    }

    /** A run of DejaVu Sans text (the PDFs' font), in points. */
    public static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily("DejaVu Sans");
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
        return r;
    }
}
