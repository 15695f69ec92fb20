package fr.ctg.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A built report read back: the DOCX with POI (paragraphs, table rows, pictures), the PDF with PDFBox. */
record ReportFilesText(String docx, List<List<String>> docxRows, int docxPictures, String pdf) {

    static ReportFilesText of(ReportFiles files) throws IOException {
        StringBuilder text = new StringBuilder();
        List<List<String>> rows = new ArrayList<>();
        int pictures;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.docx()))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                text.append(p.getText()).append('\n');
            }
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    List<String> cells = r.getTableCells().stream().map(c -> normal(c.getText())).toList();
                    rows.add(cells);
                    text.append(String.join(" | ", cells)).append('\n');
                }
            }
            pictures = doc.getAllPictures().size();
        }
        String pdf;
        try (PDDocument doc = Loader.loadPDF(files.pdf())) {
            pdf = new PDFTextStripper().getText(doc);
        }
        return new ReportFilesText(normal(text.toString()), rows, pictures, normal(pdf));
    }

    static String normal(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }
}
