package fr.ctg.contribution;

import fr.ctg.base.pdf.PdfLogos;
import fr.ctg.base.pdf.PdfTypography;
import fr.ctg.convention.ConventionService;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** The PDF summary of a call's answers (DejaVu Sans embedded for accents). */
@Component
class ContributionPdf {

    private final PdfTypography type = PdfTypography.dejaVu();
    private final ConventionService conventions;

    ContributionPdf(ConventionService conventions) {
        this.conventions = conventions;
    }

    byte[] render(CallDetails call, List<SubmissionDetails> submitted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(call.title());
            doc.open();
            doc.add(PdfLogos.header(conventions.partyLogos(call.conventionId())));
            doc.add(new Paragraph(call.title(), type.title()));
            doc.add(new Paragraph("Contributions reçues : " + submitted.size() + " — du " + call.opensOn() + " au "
                    + call.closesOn(), type.body()));
            for (SubmissionDetails s : submitted) {
                Paragraph org = new Paragraph(s.organisationName() + " — " + s.reference(), type.heading());
                org.setSpacingBefore(14);
                doc.add(org);
                for (int k = 0; k < call.questions().size(); k++) {
                    Paragraph q = new Paragraph((k + 1) + ". " + call.questions().get(k).label(), type.bold());
                    q.setSpacingBefore(4);
                    doc.add(q);
                    doc.add(new Paragraph(s.answers().getOrDefault(k, "—"), type.body()));
                }
                if (s.reviewStatus() != null) {
                    doc.add(new Paragraph("Suite donnée : " + s.reviewStatus().name()
                            + (s.reviewAnswer() == null ? "" : " — " + s.reviewAnswer()), type.small()));
                }
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
