package fr.ctg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.admin.TenantFixture;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.Sha256;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.pdf.PdfAssertions;
import fr.ctg.convention.ConventionOverview;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionService;
import fr.ctg.document.DocumentService;
import fr.ctg.evaluation.EvaluativeQuestionDetails;
import fr.ctg.evaluation.EvaluativeQuestionService;
import fr.ctg.indicator.IndicatorCatalogueService;
import fr.ctg.indicator.IndicatorSummary;
import fr.ctg.indicator.IndicatorValuesService;
import fr.ctg.indicator.ValueRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The annual and final reports of the Savès demo, read back from the DOCX (POI) and the PDF (PDFBox, veraPDF). */
@CtgSpringTest
class ReportServiceTest {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired ReportService reports;
    @Autowired ConventionService conventions;
    @Autowired IndicatorCatalogueService catalogue;
    @Autowired IndicatorValuesService values;
    @Autowired DocumentService documents;
    @Autowired TranslationProvider translations;
    @Autowired TestLogin login;
    @Autowired TenantFixture tenants;
    @Autowired EvaluativeQuestionService evaluation;
    long saves;

    @BeforeEach
    void setUp() {
        login.as("secretariat");
        saves = conventions.myConventions().stream().filter(c -> c.code().equals("saves")).map(ConventionRef::id)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    @Test
    void theAnnualReportCarriesEveryIndicatorOfThePeriodBothPartiesAndTheSourceOfEachFigure() throws Exception {
        ReportFiles files = reports.build(new ReportRequest(saves, ReportKind.ANNUAL, FROM, TO), Locale.FRENCH,
                ReportProgress.NONE);
        ReportFilesText read = ReportFilesText.of(files);

        ConventionOverview overview = conventions.overview(saves);
        for (ConventionOverview.PartyRow party : overview.parties()) {
            assertThat(read.docx()).as("DOCX").contains(party.name());
            assertThat(read.pdf()).as("PDF, as text and not only in the logos").contains(party.name());
        }
        assertThat(read.docx()).contains("Rapport annuel de suivi", "Synthèse", "Indicateurs", "Jalons",
                "Réunions tenues", "Contributions des partenaires", "Moyens mobilisés (annexe 1)", "Prochaines étapes");
        int charted = 0;
        for (IndicatorSummary i : catalogue.catalogue(saves)) {
            List<ValueRow> ofPeriod = values.series(i.id()).stream()
                    .filter(v -> v.value() != null && v.period().startsWith("2025")).toList();
            if (ofPeriod.isEmpty()) {
                continue;
            }
            charted++;
            assertThat(read.docx()).as("DOCX names " + i.code()).contains(i.code() + " — " + i.name());
            assertThat(read.pdf()).as("PDF names " + i.code()).contains(i.code());
            for (ValueRow v : ofPeriod) {
                String value = ReportFilesText.normal(Formats.number(v.value(), Locale.FRENCH));
                String source = v.computed() ? "Calculé à partir de"
                        : translations.getTranslation(v.source().labelKey(), Locale.FRENCH);
                assertThat(read.docxRows()).as(i.code() + " " + v.period() + " with its value and source")
                        .anySatisfy(row -> assertThat(row).startsWith(v.period(), value)
                                .anySatisfy(cell -> assertThat(cell).startsWith(source)
                                        .contains(v.computed() ? "" : ReportFilesText.normal(v.sourceDetail()))));
            }
        }
        assertThat(charted).as("the demo has values in 2025").isGreaterThanOrEqualTo(12);
        List<EvaluativeQuestionDetails> questions = evaluation.questions(saves);
        assertThat(questions).as("the demo's evaluative questions").hasSizeGreaterThanOrEqualTo(3);
        for (EvaluativeQuestionDetails q : questions) {
            assertThat(read.docx()).contains("Q" + q.number() + ". " + q.text());
            assertThat(read.pdf()).contains(q.text().substring(0, 40));
            if (q.answer() == null) {
                assertThat(files.missing()).contains("Q" + q.number() + " : pas encore de réponse.");
            } else {
                String firstWords = ReportFilesText.normal(q.answer().lines().findFirst().orElseThrow()).substring(0, 40);
                assertThat(read.docx()).as("the answer of Q" + q.number()).contains(firstWords);
            }
        }
        assertThat(read.docxPictures()).as("a chart per indicator, the radar, the logos").isGreaterThanOrEqualTo(charted + 1);
        assertThat(PdfAssertions.pdfA2bFailures(files.pdf())).isEmpty();
        assertThat(documentXml(files.docx())).as("each chart's caption is its alternative text in Word")
                .contains("descr=\"PE_COUV_EAJE : valeurs de").contains("descr=\"Atteinte moyenne des cibles");
        assertThat(files.pdfSha256()).isEqualTo(Sha256.hex(files.pdf())).hasSize(64);
        assertThat(files.docxName()).isEqualTo("rapport-annuel-2025-01-01-2025-12-31.docx");
    }

    @Test
    void aPeriodWithoutDataStillBuildsAndSaysPlainlyWhatIsMissing() throws Exception {
        ReportFiles files = reports.build(new ReportRequest(saves, ReportKind.FINAL, LocalDate.of(1995, 1, 1),
                LocalDate.of(1995, 12, 31)), Locale.FRENCH, ReportProgress.NONE);
        ReportFilesText read = ReportFilesText.of(files);

        assertThat(files.missing()).isNotEmpty().anySatisfy(m -> assertThat(m).contains("aucune valeur sur la période"))
                .contains("Aucun jalon sur la période.", "Aucune réunion tenue sur la période.",
                        "Aucun moyen saisi pour les années de la période.");
        assertThat(read.docx()).contains("Rapport final d’évaluation", "Ce qui manque (" + files.missing().size() + ")");
        assertThat(read.pdf()).contains("Ce qui manque").contains("Aucune réunion tenue sur la période.");
        assertThat(PdfAssertions.pdfA2bFailures(files.pdf())).isEmpty();
    }

    @Test
    void aPeriodStillRunningIsNotCountedMissingAndPartiesWithoutLogoAreNamed() throws Exception {
        ReportFiles running = reports.build(new ReportRequest(saves, ReportKind.ANNUAL, LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 6, 30)), Locale.FRENCH, ReportProgress.NONE);
        assertThat(running.missing()).as("2026 has not ended by 30 June: a yearly value is not due yet")
                .noneSatisfy(m -> assertThat(m).endsWith("valeur manquante pour 2026."))
                .as("a quarter that has ended without value is").anySatisfy(m -> assertThat(m).contains("2026-T1"));

        TenantFixture.Tenant t = tenants.create();
        login.as(t.user("one-secretariat"));
        ReportFiles files = reports.build(new ReportRequest(t.one(), ReportKind.ANNUAL, FROM, TO), Locale.FRENCH,
                ReportProgress.NONE);
        assertThat(files.missing()).anySatisfy(m -> assertThat(m).startsWith("Logo absent pour")
                .contains("Caisse d’allocations familiales de test"));
        ReportFilesText read = ReportFilesText.of(files);
        assertThat(read.pdf()).contains("Caisse d’allocations familiales de test", "Communauté de communes");
        assertThat(read.docx()).contains("Logo absent pour", "Caisse d’allocations familiales de test");
        assertThat(PdfAssertions.pdfA2bFailures(files.pdf())).isEmpty();
    }

    @Test
    void theReportFollowsTheReadersLanguage() throws Exception {
        ReportFiles files = reports.build(new ReportRequest(saves, ReportKind.ANNUAL, FROM, TO), Locale.ENGLISH,
                ReportProgress.NONE);
        ReportFilesText read = ReportFilesText.of(files);
        assertThat(read.docx()).contains("Annual follow-up report", "Summary", "Indicators", "Meetings held", "Next steps")
                .doesNotContain("Synthèse", "Prochaines étapes");
        assertThat(read.pdf()).contains("Annual follow-up report", "Period from January 1, 2025 to December 31, 2025");
    }

    @Test
    void badPeriodsAndPeopleWhoDoNotWriteReportsAreRefused() {
        for (ReportRequest bad : List.of(new ReportRequest(saves, ReportKind.ANNUAL, TO, FROM),
                new ReportRequest(saves, ReportKind.ANNUAL, null, TO),
                new ReportRequest(saves, null, FROM, TO),
                new ReportRequest(saves, ReportKind.FINAL, FROM, FROM.plusYears(11)))) {
            assertThatThrownBy(() -> reports.build(bad, Locale.FRENCH, ReportProgress.NONE)).as(bad.toString())
                    .isInstanceOf(BusinessRuleException.class)
                    .satisfies(e -> assertThat(translations.getTranslation(((BusinessRuleException) e).getMessageKey(),
                            Locale.FRENCH, ((BusinessRuleException) e).getArguments())).doesNotStartWith("!"));
        }
        for (String who : List.of("lecteur", "suivi", "association")) {
            login.as(who);
            assertThat(reports.canBuild(saves)).as(who).isFalse();
            assertThatThrownBy(() -> reports.build(new ReportRequest(saves, ReportKind.ANNUAL, FROM, TO),
                    Locale.FRENCH, ReportProgress.NONE)).as(who).isInstanceOf(AccessRefusedException.class);
        }
        for (String author : List.of("copil", "referent", "admin")) {
            login.as(author);
            assertThat(reports.canBuild(saves)).as(author).isTrue();
        }
    }

    @Test
    void aReportBuiltInTheBackgroundKeepsItsAuthorTellsItsProgressAndIsPublishedWithItsHash() throws Exception {
        List<Integer> steps = new CopyOnWriteArrayList<>();
        List<String> keys = new CopyOnWriteArrayList<>();
        ReportFiles files = reports.buildInBackground(new ReportRequest(saves, ReportKind.ANNUAL, FROM, TO),
                Locale.FRENCH, (done, total, key) -> {
                    steps.add(done);
                    keys.add(key);
                    assertThat(Thread.currentThread().getName()).startsWith("report-");
                }).get(60, TimeUnit.SECONDS);
        assertThat(steps).isSorted().startsWith(0).hasSizeGreaterThanOrEqualTo(6);
        assertThat(keys).contains("report.step.indicators", "report.step.means", "report.step.next");
        assertThat(files.missing()).noneSatisfy(m -> assertThat(m).contains("vous n’avez pas accès"))
                .noneSatisfy(m -> assertThat(m).contains("n’a pas pu être construite"));

        List<Long> ids = reports.publish(files);

        assertThat(ids).hasSize(2);
        assertThat(documents.get(ids.get(1)).versions().getFirst().sha256()).isEqualTo(files.pdfSha256());
        assertThat(documents.get(ids.get(0)).versions().getFirst().sha256()).isEqualTo(files.docxSha256());
        login.as("lecteur");
        assertThatThrownBy(() -> reports.publish(files)).isInstanceOf(AccessRefusedException.class);
    }

    private static String documentXml(byte[] docx) throws java.io.IOException {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
