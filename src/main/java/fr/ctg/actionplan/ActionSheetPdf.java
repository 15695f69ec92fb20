package fr.ctg.actionplan;

import fr.ctg.base.i18n.Formats;
import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.pdf.MarkdownToPdf;
import fr.ctg.base.pdf.PdfLogos;
import fr.ctg.base.pdf.PdfTypography;
import fr.ctg.convention.ConventionService;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * A fiche action on one A4 page, in the reader's language: both parties' logos, the objective and its field, target
 * public, territory, partners, schedule and dates, budget per funder with its total, indicators, expected results.
 */
@Component
public class ActionSheetPdf {

    private final ActionPlanService plan;
    private final ConventionService conventions;
    private final TranslationProvider translations;

    ActionSheetPdf(ActionPlanService plan, ConventionService conventions, TranslationProvider translations) {
        this.plan = plan;
        this.conventions = conventions;
        this.translations = translations;
    }

    public byte[] pdf(long conventionId, long objectiveId, Locale locale) {
        ActionSheetDetails s = plan.sheet(conventionId, objectiveId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 36, 36);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(s.title());
            doc.addCreator("Portail CTG");
            doc.open();
            doc.add(PdfLogos.header(conventions.partyLogos(conventionId)));
            PdfTypography f = PdfTypography.dejaVu();
            Paragraph title = new Paragraph(t(locale, "actionSheet.pdf.title") + " – " + s.title(), f.title());
            title.setSpacingBefore(8);
            doc.add(title);
            doc.add(new Paragraph(s.fieldTitle() + " · " + t(locale, s.status().labelKey()), f.small()));
            PdfPTable table = new PdfPTable(new float[] {1.2f, 3});
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            row(table, f, t(locale, "actionSheet.field.targetPublic"), s.sheet().targetPublic());
            row(table, f, t(locale, "actionSheet.field.territory"), s.sheet().territory());
            row(table, f, t(locale, "actionSheet.field.partners"), s.sheet().partners());
            row(table, f, t(locale, "actionSheet.field.dates"), date(s.startDate(), locale) + " → "
                    + date(s.plannedEndDate(), locale));
            row(table, f, t(locale, "actionSheet.field.schedule"), s.sheet().schedule());
            StringBuilder budget = new StringBuilder();
            s.sheet().budget().forEach(b -> budget.append(b.funder()).append(" : ")
                    .append(Formats.number(b.amount(), locale)).append(" €\n"));
            if (!s.sheet().budget().isEmpty()) {
                budget.append(t(locale, "actionSheet.total", Formats.number(s.budgetTotal(), locale)));
            }
            row(table, f, t(locale, "actionSheet.field.budget"), budget.toString());
            row(table, f, t(locale, "actionSheet.field.indicators"), String.join("\n", s.indicatorNames()));
            doc.add(table);
            if (s.description() != null && !s.description().isBlank()) {
                doc.add(heading(t(locale, "objective.field.DESCRIPTION"), f));
                for (Element e : new MarkdownToPdf(f).blocks(s.description())) {
                    doc.add(e);
                }
            }
            if (s.expectedResults() != null && !s.expectedResults().isBlank()) {
                doc.add(heading(t(locale, "objective.field.EXPECTED_RESULTS"), f));
                doc.add(new Paragraph(s.expectedResults(), f.body()));
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, PdfTypography f, String label, String value) {
        table.addCell(new PdfPCell(new Paragraph(label, f.bold())));
        table.addCell(new PdfPCell(new Paragraph(value == null || value.isBlank() ? "—" : value, f.body())));
    }

    private static Paragraph heading(String text, PdfTypography f) {
        Paragraph p = new Paragraph(text, f.heading());
        p.setSpacingBefore(8);
        return p;
    }

    private String date(LocalDate d, Locale locale) {
        return d == null ? "…" : Formats.date(d, locale);
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
