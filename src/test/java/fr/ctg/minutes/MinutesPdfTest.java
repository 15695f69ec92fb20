package fr.ctg.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.pdf.PdfAssertions;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The published PDF, opened with PDFBox: its text, its embedded fonts, its logos and its SHA-256. */
@CtgSpringTest
class MinutesPdfTest {

    @Autowired MinutesService minutes;
    @Autowired MinutesEditingService editing;
    @Autowired MinutesFixture fixture;
    @Autowired TestLogin login;
    @Autowired JdbcTemplate jdbc;

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
            assertThat(text.replaceAll("\\s+", " ")).as("the parties' names as text, not only in the logos")
                    .contains("Caf de test").contains("CC de test");
        }
        assertThat(PdfAssertions.pdfA2bFailures(pdf.content())).isEmpty();
    }

    @Test
    void thePdfFollowsTheReadersLanguageAndAnErratumMakesANewVersionThatCarriesIt() throws Exception {
        MinutesFixture.HeldMeeting h = fixture.create();
        login.as(h.user("secretariat"));
        long id = minutes.openForMeeting(h.meetingId());
        var s1 = minutes.details(id).sections().getFirst();
        editing.addAction(new NewActionItem(s1.id(), "Préparer le budget", null, "Mme Dupré", LocalDate.of(2027, 1, 15), null));
        minutes.startReview(id, LocalDate.of(2026, 12, 5));
        login.as(h.user("copil"));
        minutes.approve(id, null, false);
        login.as(h.user("secretariat"));
        minutes.publish(id, Audience.COMMITTEE, false);
        PublishedPdf french = minutes.pdf(id, Locale.FRENCH);
        PublishedPdf english = minutes.pdf(id, Locale.ENGLISH);
        assertThat(text(english)).contains("Participants", "Approved on November 28, 2026 by Camille Copil", "due January 15, 2027")
                .doesNotContain("Approuvé le");
        assertThat(text(french)).contains("Approuvé le 28 novembre 2026 par Camille Copil").doesNotContain("Errata");
        assertThat(PdfAssertions.pdfA2bFailures(english.content())).isEmpty();
        assertThat(minutes.pdfSha256(id, Locale.ENGLISH)).as("the hash shown is the one of the file the reader gets")
                .isEqualTo(english.sha256()).isNotEqualTo(french.sha256());
        assertThat(minutes.pdfSha256(id, Locale.FRENCH)).isEqualTo(french.sha256());

        minutes.addErratum(id, s1.id(), "Lire « 43 familles » au lieu de « 42 familles ».");

        PublishedPdf corrected = minutes.pdf(id, Locale.FRENCH);
        assertThat(corrected.sha256()).isNotEqualTo(french.sha256()).isEqualTo(minutes.details(id).pdfSha256());
        assertThat(corrected.fileName()).endsWith("-v2.pdf");
        assertThat(text(corrected)).contains("Errata", "Camille", "Lire « 43 familles » au lieu de « 42 familles ».",
                "section « " + s1.title() + " »");
        assertThat(text(minutes.pdf(id, Locale.ENGLISH))).contains("Errata", "43 familles", "section “" + s1.title() + "”");
        assertThat(PdfAssertions.pdfA2bFailures(corrected.content())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM minutes_pdf WHERE minutes_id = ?", Integer.class, id))
                .as("versions 1 and 2, each in French and English: the first ones are kept").isEqualTo(4);
    }

    private static String text(PublishedPdf pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
        }
    }
}
