package fr.ctg.avenant;

import static fr.ctg.base.docs.OutlineDocx.paragraph;
import static fr.ctg.base.docs.OutlineDocx.run;

import fr.ctg.avenant.AvenantOutline.Block;
import fr.ctg.base.docs.OutlineDocx;
import fr.ctg.base.pdf.PdfLogo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Writes an avenant's outline as a Word document (Apache POI), editable by both parties before signature. */
final class AvenantDocx {

    private static final int LOGO_HEIGHT_PT = 48;

    private AvenantDocx() {
    }

    static byte[] write(AvenantOutline outline) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(outline.title());
            doc.getProperties().getCoreProperties().setCreator("Portail CTG");
            logos(doc, outline);
            XWPFTable signatures = null;
            for (Block b : outline.blocks()) {
                switch (b) {
                    case AvenantOutline.Title t -> run(paragraph(doc, ParagraphAlignment.CENTER, 12), t.text(), 18, true);
                    case AvenantOutline.Heading h -> run(paragraph(doc, ParagraphAlignment.LEFT, 10), h.text(), 13, true);
                    case AvenantOutline.SubHeading h -> run(paragraph(doc, ParagraphAlignment.LEFT, 6), h.text(), 11, true);
                    case AvenantOutline.Text t -> run(paragraph(doc, ParagraphAlignment.LEFT, 2), t.text(), 11, false);
                    case AvenantOutline.Bullet t -> run(paragraph(doc, ParagraphAlignment.LEFT, 2), "• " + t.text(), 11,
                            false);
                    case AvenantOutline.Markdown m -> OutlineDocx.markdown(doc, m.text(), 11);
                    case AvenantOutline.Signature s -> {
                        if (signatures == null) {
                            signatures = doc.createTable(1, 0);
                            signatures.setWidth("100%");
                            signatures.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
                        }
                        var cell = signatures.getRow(0).addNewTableCell();
                        XWPFParagraph p = cell.getParagraphs().getFirst();
                        run(p, s.party(), 11, true);
                        p.createRun().addBreak();
                        run(p, s.signatory(), 11, false);
                        for (int i = 0; i < 4; i++) {
                            p.createRun().addBreak();
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void logos(XWPFDocument doc, AvenantOutline outline) throws IOException {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, 6);
        for (PdfLogo logo : outline.logos()) {
            XWPFRun r = p.createRun();
            BufferedImage image = logo.png() == null ? null : ImageIO.read(new ByteArrayInputStream(logo.png()));
            if (image == null) {
                r.setText(logo.label() + "   ");
                r.setBold(true);
                continue;
            }
            double width = LOGO_HEIGHT_PT * image.getWidth() / (double) image.getHeight();
            try {
                r.addPicture(new ByteArrayInputStream(logo.png()), Document.PICTURE_TYPE_PNG, logo.label() + ".png",
                        Units.toEMU(width), Units.toEMU(LOGO_HEIGHT_PT));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            r.setText("   ");
        }
    }
}
