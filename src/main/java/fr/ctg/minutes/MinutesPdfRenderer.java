package fr.ctg.minutes;

import fr.ctg.base.i18n.Formats;
import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.pdf.MarkdownToPdf;
import fr.ctg.base.pdf.PdfA;
import fr.ctg.base.pdf.PdfFonts;
import fr.ctg.base.pdf.PdfLogos;
import fr.ctg.base.pdf.PdfTypography;
import fr.ctg.convention.ConventionService;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * The PDF of published minutes, in the reader's language: both parties' logos and names (Article 8), the meeting,
 * the attendance list, each section's text, its decisions and action items, the approval and the errata. DejaVu
 * Sans is embedded so that accents print on any reader; the file is PDF/A-2b ({@link PdfA}).
 */
@Component
class MinutesPdfRenderer {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ConventionService conventions;
    private final TranslationProvider translations;
    private final BaseFont regular;
    private final BaseFont bold;

    MinutesPdfRenderer(ConventionService conventions, TranslationProvider translations) {
        this.conventions = conventions;
        this.translations = translations;
        this.regular = PdfFonts.REGULAR;
        this.bold = PdfFonts.BOLD;
    }

    /**
     * The PDF/A-2b of published minutes in a language, carrying the errata added so far; dated by the publication
     * or the last erratum, whichever is later.
     */
    byte[] render(MinutesDetails d, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        DateTimeFormatter when = DateTimeFormatter.ofPattern(t(locale, "minutes.pdf.when"), locale);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(PdfLogos.header(conventions.partyLogos(d.conventionId())));
            PdfTypography f = new PdfTypography(regular, bold);
            Paragraph title = new Paragraph(d.title(), f.title());
            title.setSpacingBefore(12);
            title.setSpacingAfter(6);
            doc.add(title);
            doc.add(new Paragraph(d.committeeName() + " — " + when.format(d.meetingStart())
                    + (d.meetingPlace() == null ? "" : " — " + d.meetingPlace()), f.body()));
            doc.add(heading(t(locale, "minutes.pdf.participants"), f));
            doc.add(attendance(d, f, locale));
            int n = 0;
            for (MinutesDetails.SectionItem s : d.sections()) {
                doc.add(heading(++n + ". " + s.title(), f));
                for (Element e : new MarkdownToPdf(f).blocks(s.body())) {
                    doc.add(e);
                }
                if (!s.decisions().isEmpty()) {
                    doc.add(new Paragraph(t(locale, "minutes.pdf.decisions"), f.bold()));
                    for (DecisionRow x : s.decisions()) {
                        doc.add(indented("• " + x.text(), f));
                    }
                }
                if (!s.actions().isEmpty()) {
                    doc.add(new Paragraph(t(locale, "minutes.pdf.actions"), f.bold()));
                    for (ActionItemRow a : s.actions()) {
                        doc.add(indented("• " + t(locale, "minutes.pdf.action", a.what(), a.ownerName(),
                                Formats.date(a.dueDate(), locale)), f));
                    }
                }
            }
            Paragraph approval = new Paragraph(t(locale, "minutes.pdf.approved",
                    Formats.date(d.approvedAt().atZone(PARIS).toLocalDate(), locale), d.approvedByName()), f.small());
            approval.setSpacingBefore(18);
            doc.add(approval);
            errata(doc, d, f, locale);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return PdfA.archival(out.toByteArray(), d.title(), locale, datedAt(d));
    }

    private void errata(Document doc, MinutesDetails d, PdfTypography f, Locale locale) {
        if (d.errata().isEmpty()) {
            return;
        }
        doc.add(heading(t(locale, "minutes.pdf.errata"), f));
        for (MinutesDetails.ErratumItem e : d.errata()) {
            String section = d.sections().stream().filter(s -> e.sectionId() != null && s.id() == e.sectionId())
                    .map(s -> " " + t(locale, "minutes.pdf.erratumSection", s.title())).findFirst().orElse("");
            doc.add(new Paragraph(t(locale, "minutes.pdf.erratum",
                    Formats.date(e.createdAt().atZone(PARIS).toLocalDate(), locale), e.authorName()) + section, f.bold()));
            for (Element x : new MarkdownToPdf(f).blocks(e.body())) {
                doc.add(x);
            }
        }
    }

    private static Instant datedAt(MinutesDetails d) {
        Instant at = d.publishedAt() != null ? d.publishedAt() : d.approvedAt();
        for (MinutesDetails.ErratumItem e : d.errata()) {
            if (e.createdAt() != null && e.createdAt().isAfter(at)) {
                at = e.createdAt();
            }
        }
        return at;
    }

    private PdfPTable attendance(MinutesDetails d, PdfTypography f, Locale locale) {
        PdfPTable table = new PdfPTable(new float[] {3, 2, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        for (String h : new String[] {"minutes.pdf.member", "minutes.pdf.attendance", "minutes.pdf.proxy"}) {
            table.addCell(new PdfPCell(new Paragraph(t(locale, h), f.bold())));
        }
        for (MinutesDetails.AttendeeRow a : d.attendees()) {
            table.addCell(new PdfPCell(new Paragraph(a.displayName(), f.body())));
            table.addCell(new PdfPCell(new Paragraph(t(locale, "attendance.status." + a.status().name()), f.body())));
            table.addCell(new PdfPCell(new Paragraph(a.proxyName() == null ? "" : a.proxyName(), f.body())));
        }
        return table;
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
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

}
