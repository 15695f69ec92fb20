package fr.ctg.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.contribution.CallService;
import fr.ctg.contribution.ContributionFixture;
import fr.ctg.contribution.NewCall;
import fr.ctg.contribution.PartnerService;
import fr.ctg.contribution.SubmissionService;
import fr.ctg.evaluation.EvaluationTrack;
import fr.ctg.evaluation.EvaluativeQuestionDetails;
import fr.ctg.evaluation.EvaluativeQuestionService;
import fr.ctg.evaluation.NewEvaluativeQuestion;
import fr.ctg.indicator.IndicatorFixture;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.SystemIdentity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A partner answered a call (text, number, choice, yes/no) that feeds an evaluative question: the report summarises
 * each question — counts for a COPIL member who does not review contributions, the spread of choices and figures for
 * a referent — and never quotes what the organisation wrote.
 */
@CtgSpringTest
class ReportContributionsTest {

    static final String WRITTEN = "Isolement des jeunes parents";

    @Autowired IndicatorFixture indicatorFixture;
    @Autowired EditingFixture editingFixture;
    @Autowired PartnerService partners;
    @Autowired CallService calls;
    @Autowired SubmissionService submissions;
    @Autowired EvaluativeQuestionService questions;
    @Autowired ReportService reports;
    @Autowired TestLogin login;
    IndicatorFixture.Catalogue c;
    ReportRequest request;

    @BeforeEach
    void setUp() {
        c = indicatorFixture.create();
        long conventionId = c.w().conventionId();
        login.as(c.user("referent"));
        long org = partners.createOrganisation(conventionId, "Familles rurales " + c.w().prefix()).id();
        long call = calls.create(conventionId, new NewCall("Parole des associations", null, Set.of(c.w().groupA()),
                ContributionFixture.questions(), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 15), Set.of(org)));
        long association = editingFixture.accountId(c.w(), "association");
        SystemIdentity.run(() -> partners.addContributor(org, association));
        login.as(c.user("association"));
        submissions.saveDraft(call, Map.of(0, WRITTEN, 1, "40", 2, "Parents", 3, "oui"));
        submissions.submit(call);
        login.as(c.user("copil"));
        EvaluativeQuestionDetails q = questions.create(conventionId, new NewEvaluativeQuestion(
                "Les familles isolées sont-elles mieux accompagnées ?", EvaluationTrack.IMPACT, Set.of(c.w().groupA()),
                null, null));
        questions.attachCallQuestion(q.id(), call, 0);
        questions.attachCallQuestion(q.id(), call, 2);
        request = new ReportRequest(conventionId, ReportKind.ANNUAL, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    @Test
    void aCopilMemberWhoDoesNotReviewContributionsGetsTheirCountsAndEveryPart() throws Exception {
        login.as(c.user("copil"));
        ReportFiles files = reports.build(request, Locale.FRENCH, ReportProgress.NONE);
        ReportFilesText read = ReportFilesText.of(files);
        assertThat(files.missing()).noneSatisfy(m -> assertThat(m).contains("n’a pas pu être construite"))
                .noneSatisfy(m -> assertThat(m).contains("vous n’avez pas accès"));
        assertThat(read.docx()).contains("Contributions des partenaires", "Questions évaluatives",
                "Quels besoins des familles observez-vous ? — 1 réponse", "Votre public principal — 1 réponse")
                .doesNotContain(WRITTEN);
    }

    @Test
    void aReferentGetsTheSpreadOfChoicesAndFiguresInTheReadersLanguageAndNoQuotation() throws Exception {
        login.as(c.user("referent"));
        ReportFilesText french = ReportFilesText.of(reports.build(request, Locale.FRENCH, ReportProgress.NONE));
        assertThat(french.docxRows()).contains(List.of("Parents", "1"), List.of("Oui", "1"));
        assertThat(french.docx()).contains("Réponses chiffrées : de 40 à 40, médiane 40, total 40.").doesNotContain(WRITTEN);
        assertThat(french.pdf()).doesNotContain(WRITTEN);

        ReportFilesText english = ReportFilesText.of(reports.build(request, Locale.ENGLISH, ReportProgress.NONE));
        assertThat(english.docxRows()).contains(List.of("Yes", "1"));
        assertThat(english.docx()).contains("Partners’ contributions", "Evaluative questions").doesNotContain(WRITTEN);
    }
}
