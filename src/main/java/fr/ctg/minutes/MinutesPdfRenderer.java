package fr.ctg.minutes;

import fr.ctg.base.pdf.MarkdownToPdf;
import fr.ctg.base.pdf.PdfFonts;
import fr.ctg.base.pdf.PdfLogos;
import fr.ctg.base.pdf.PdfTypography;
import fr.ctg.convention.ConventionService;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The PDF of published minutes: both parties' logos (Article 8), the meeting, the attendance list, each
 * section's text, its decisions and action items, and the approval. DejaVu Sans is embedded so that French
 * accents print on any reader.
 */
@Component
class MinutesPdfRenderer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final ConventionService conventions;
    private final BaseFont regular;
    private final BaseFont bold;

    MinutesPdfRenderer(ConventionService conventions) {
        this.conventions = conventions;
        this.regular = PdfFonts.REGULAR;
        this.bold = PdfFonts.BOLD;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] render(MinutesDetails d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(d.title());
            doc.addCreator("Portail CTG");
            doc.open();
            doc.add(PdfLogos.header(conventions.partyLogos(d.conventionId())));
            PdfTypography f = new PdfTypography(regular, bold);
            Paragraph title = new Paragraph(d.title(), f.title());
            title.setSpacingBefore(12);
            title.setSpacingAfter(6);
            doc.add(title);
            doc.add(new Paragraph(d.committeeName() + " — " + WHEN.format(d.meetingStart())
                    + (d.meetingPlace() == null ? "" : " — " + d.meetingPlace()), f.body()));
            doc.add(heading("Participants", f));
            doc.add(attendance(d, f));
            int n = 0;
            for (MinutesDetails.SectionItem s : d.sections()) {
                doc.add(heading(++n + ". " + s.title(), f));
                for (Element e : new MarkdownToPdf(f).blocks(s.body())) {
                    doc.add(e);
                }
                if (!s.decisions().isEmpty()) {
                    doc.add(new Paragraph("Décisions", f.bold()));
                    for (DecisionRow x : s.decisions()) {
                        doc.add(indented("• " + x.text(), f));
                    }
                }
                if (!s.actions().isEmpty()) {
                    doc.add(new Paragraph("Actions", f.bold()));
                    for (ActionItemRow a : s.actions()) {
                        doc.add(indented("• " + a.what() + " — " + a.ownerName() + " — pour le " + DAY.format(a.dueDate()), f));
                    }
                }
            }
            Paragraph approval = new Paragraph("Approuvé le " + DAY.format(d.approvedAt().atZone(ZoneId.of("Europe/Paris")))
                    + " par " + d.approvedByName() + ".", f.small());
            approval.setSpacingBefore(18);
            doc.add(approval);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static PdfPTable attendance(MinutesDetails d, PdfTypography f) {
        PdfPTable table = new PdfPTable(new float[] {3, 2, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        for (String h : new String[] {"Membre", "Présence", "Représenté par"}) {
            table.addCell(new PdfPCell(new Paragraph(h, f.bold())));
        }
        for (MinutesDetails.AttendeeRow a : d.attendees()) {
            table.addCell(new PdfPCell(new Paragraph(a.displayName(), f.body())));
            table.addCell(new PdfPCell(new Paragraph(switch (a.status()) {
                case PRESENT -> "Présent(e)";
                case REMOTE -> "À distance";
                case EXCUSED -> "Excusé(e)";
                case REPRESENTED -> "Représenté(e)";
            }, f.body())));
            table.addCell(new PdfPCell(new Paragraph(a.proxyName() == null ? "" : a.proxyName(), f.body())));
        }
        return table;
    }

    private static Paragraph heading(String text, PdfTypography f) {
        Paragraph p = new Paragraph(text, f.heading());
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph indented(String text, PdfTypography f) {
        Paragraph p = new Paragraph(new Chunk(text, f.body()));
        p.setIndentationLeft(12);
        return p;
    }

    /** The fonts of the document. */
}
