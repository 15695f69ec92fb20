package fr.ctg.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The published PDF, opened with PDFBox: its text, its embedded fonts, its logos and its SHA-256. */
@CtgSpringTest
class MinutesPdfTest {

    @Autowired MinutesService minutes;
    @Autowired MinutesEditingService editing;
    @Autowired MinutesFixture fixture;
    @Autowired TestLogin login;

    @AfterEach
    void tearDown() {
        login.logout();
    }

    @Test
    void thePdfCarriesTitleAttendeesDecisionsAndAccentsAndItsHashIsKept() throws Exception {
        MinutesFixture.HeldMeeting h = fixture.create();
        login.as(h.user("secretariat"));
        long id = minutes.openForMeeting(h.meetingId());
        var s1 = minutes.details(id).sections().getFirst();
        editing.saveSection(s1.id(), s1.version(), s1.title(), """
                ## Échanges
                Les élus ont souligné l’intérêt du **LAEP** pour les familles éloignées.

                - Fréquentation en hausse
                - Besoin d’un deuxième créneau

                | Commune | Familles |
                |---|---|
                | Lombez | 30 |
                """);
        editing.addDecision(s1.id(), "Étendre le LAEP à Samatan dès la rentrée.", Set.of(h.w().objectiveId()), Set.of());
        editing.addAction(new NewActionItem(s1.id(), "Préparer le budget prévisionnel", null, "Mme Évelyne Dupré",
                LocalDate.of(2027, 1, 15), null));
        minutes.startReview(id, LocalDate.of(2026, 12, 5));
        login.as(h.user("copil"));
        minutes.approve(id, null, false);
        login.as(h.user("secretariat"));
        minutes.publish(id, Audience.COMMITTEE, false);

        PublishedPdf pdf = minutes.pdf(id);
        assertThat(pdf.fileName()).isEqualTo("compte-rendu-2026-11-20-" + id + ".pdf");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.content())))
                .isEqualTo(pdf.sha256()).isEqualTo(minutes.details(id).pdfSha256());
        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
            assertThat(text).contains("Compte rendu — COPIL d’automne")
                    .contains("Camille Copil").contains("Dominique Copil").contains("Sam Suivi")
                    .contains("Présent(e)").contains("Excusé(e)")
                    .contains("Étendre le LAEP à Samatan dès la rentrée.")
                    .contains("Préparer le budget prévisionnel — Mme Évelyne Dupré — pour le 15 janvier 2027")
                    .contains("Les élus ont souligné l’intérêt du LAEP")
                    .contains("• Besoin d’un deuxième créneau")
                    .contains("Lombez").contains("Échanges")
                    .contains("Approuvé le 28 novembre 2026 par Camille Copil");
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("DejaVu");
            var resources = doc.getPage(0).getResources();
            long colourImages = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image
                        && image.getColorSpace().getNumberOfComponents() == 3) {
                    colourImages++;
                }
            }
            assertThat(colourImages).as("the two parties' logos (their alpha masks aside)").isEqualTo(2);
        }
    }
}
