package fr.ctg.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.contribution.CallService;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionService;
import fr.ctg.diagnostic.DiagnosticDetails;
import fr.ctg.diagnostic.DiagnosticFigure;
import fr.ctg.diagnostic.DiagnosticService;
import fr.ctg.evaluation.EvaluationTrack;
import fr.ctg.evaluation.EvaluativeQuestionDetails;
import fr.ctg.evaluation.EvaluativeQuestionService;
import fr.ctg.evaluation.QuestionStatus;
import fr.ctg.indicator.IndicatorCatalogueService;
import fr.ctg.indicator.IndicatorSummary;
import fr.ctg.indicator.IndicatorValuesService;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The demo is loaded on first start only: running the loader again adds nothing. */
@CtgSpringTest
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    ConventionService conventions;
    @Autowired
    TestLogin login;

    @AfterEach
    void logout() {
        login.logout();
    }

    @Test
    void aSecondStartLoadsNothingMore() throws Exception {
        login.as("admin");
        long before = conventions.myConventions().stream().filter(c -> c.code().equals("saves")).count();
        assertThat(before).isEqualTo(1);
        int total = conventions.myConventions().size();
        login.logout();
        loader.run(new DefaultApplicationArguments());
        login.as("admin");
        assertThat(conventions.myConventions()).hasSize(total)
                .extracting(ConventionRef::code).containsOnlyOnce("saves", "demo-coteaux");
    }

    @Autowired
    IndicatorCatalogueService indicators;
    @Autowired
    IndicatorValuesService values;

    @Test
    void savesHasDemoIndicatorsAcrossItsGroupsWithSeveralYearsOfLabelledValues() throws Exception {
        login.as("lecteur");
        long saves = conventions.myConventions().stream().filter(c -> c.code().equals("saves")).findFirst().orElseThrow().id();
        var catalogue = indicators.catalogue(saves);
        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(12);
        assertThat(catalogue.stream().map(IndicatorSummary::thematicGroupId).distinct()).hasSize(6);
        assertThat(catalogue).allSatisfy(i -> assertThat(i.definition()).contains("démonstration"));
        for (var i : catalogue) {
            var series = values.series(i.id());
            assertThat(series.stream().map(v -> v.period().substring(0, 4)).distinct().count()).as(i.code())
                    .isGreaterThanOrEqualTo(5);
            assertThat(series).filteredOn(v -> !v.computed())
                    .allSatisfy(v -> assertThat(v.sourceDetail()).isEqualTo(DemoIndicators.DEMO));
        }
        login.logout();
        loader.run(new DefaultApplicationArguments());
        login.as("lecteur");
        assertThat(indicators.catalogue(saves)).as("loaded once").hasSize(catalogue.size());
    }

    @Autowired
    EvaluativeQuestionService evaluation;

    @Test
    void savesHasEvaluativeQuestionsFedByItsDemoIndicatorsOneAnsweredAndValidated() throws Exception {
        login.as("lecteur");
        long saves = conventions.myConventions().stream().filter(c -> c.code().equals("saves")).findFirst().orElseThrow().id();
        var questions = evaluation.questions(saves);
        assertThat(questions).extracting(EvaluativeQuestionDetails::number).containsExactly(1, 2, 3);
        assertThat(questions).extracting(EvaluativeQuestionDetails::track).contains(EvaluationTrack.RESULTS,
                EvaluationTrack.IMPACT);
        var catalogue = indicators.catalogue(saves).stream().map(IndicatorSummary::id).toList();
        assertThat(questions).allSatisfy(q -> assertThat(q.indicatorIds()).isNotEmpty().isSubsetOf(catalogue));
        assertThat(questions).filteredOn(q -> q.status() == QuestionStatus.ANSWERED).singleElement().satisfies(q -> {
            assertThat(q.answer()).contains("démonstration");
            assertThat(q.validatedByName()).isNotBlank();
            assertThat(q.validatedAt()).isNotNull();
        });
        assertThat(questions.get(1).callQuestions()).singleElement()
                .satisfies(r -> assertThat(r.questionLabel()).isEqualTo("Quels besoins des familles observez-vous ?"));
        login.logout();
        loader.run(new DefaultApplicationArguments());
        login.as("lecteur");
        assertThat(evaluation.questions(saves)).as("loaded once").hasSize(3);
    }

    @Autowired
    CallService calls;

    @Test
    void theDemoAssociationContributesForADemoOrganisationToAnOpenCall() {
        login.as("association");
        long saves = conventions.myConventions().stream().filter(c -> c.code().equals("saves")).findFirst().orElseThrow().id();
        assertThat(calls.calls(saves)).singleElement().satisfies(c -> {
            assertThat(c.title()).contains("démonstration");
            assertThat(c.open(LocalDate.of(2026, 11, 28))).isTrue();
        });
    }

    @Test
    void theDemoFileHasOneAccountPerRole() throws Exception {
        DemoData data = DemoDataLoader.read();
        assertThat(data.accounts()).extracting(DemoData.DemoAccount::username)
                .containsExactly("admin", "cafadmin", "secretariat", "copil", "suivi", "referent", "association", "lecteur");
        assertThat(data.accounts().stream().flatMap(a -> a.memberships().stream()).map(DemoData.DemoMembership::role)
                .distinct()).hasSize(6);
        assertThat(data.conventions().getFirst().objectives()).hasSize(10);
    }

    @Autowired
    DiagnosticService diagnostics;

    @Test
    void savesHasItsSharedDiagnosticPublishedOnceWithThePortraitAsFirstAngle() throws Exception {
        login.as("lecteur");
        long saves = conventions.myConventions().stream().filter(c -> c.code().equals("saves")).findFirst().orElseThrow().id();
        DiagnosticDetails d = diagnostics.latestPublished(saves).orElseThrow();
        assertThat(d.version()).isEqualTo(1);
        assertThat(d.territory()).extracting(DiagnosticFigure::label).contains("Habitants", "Allocataires");
        assertThat(d.territory()).hasSameSizeAs(conventions.territoryPortrait(saves));
        assertThat(d.themes()).hasSize(6).filteredOn(t -> !t.isEmpty()).hasSize(DemoDiagnostic.read().themes().size())
                .allSatisfy(t -> {
                    assertThat(t.score()).isBetween(0, 100);
                    assertThat(t.priorityAxes()).isNotEmpty();
                });
        login.logout();
        loader.run(new DefaultApplicationArguments());
        login.as("lecteur");
        assertThat(diagnostics.versions(saves)).as("published once").hasSize(1);
    }
}
