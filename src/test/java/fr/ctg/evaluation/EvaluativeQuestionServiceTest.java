package fr.ctg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestClockConfig;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.diff.WordDiff;
import fr.ctg.contribution.CallService;
import fr.ctg.contribution.ContributionFixture;
import fr.ctg.contribution.NewCall;
import fr.ctg.contribution.PartnerService;
import fr.ctg.contribution.SubmissionService;
import fr.ctg.indicator.IndicatorFixture;
import fr.ctg.indicator.IndicatorValuesService;
import fr.ctg.indicator.SourceKind;
import fr.ctg.indicator.ValueEntry;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.SystemIdentity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Annexe 4's evaluative questions: the COPIL, the secretariat and administrators negotiate, write together (merge,
 * conflict, history, restore), attach what feeds them and carry them to a validated answer; the other members read
 * them; associations and members of other conventions do not; bad input is refused with its reason and saves nothing.
 */
@CtgSpringTest
class EvaluativeQuestionServiceTest {

    @Autowired EvaluativeQuestionService service;
    @Autowired IndicatorFixture indicatorFixture;
    @Autowired EditingFixture editingFixture;
    @Autowired IndicatorValuesService values;
    @Autowired PartnerService partners;
    @Autowired CallService calls;
    @Autowired SubmissionService submissions;
    @Autowired TestLogin login;
    @Autowired Clock clock;

    IndicatorFixture.Catalogue c;
    long conventionId;

    @BeforeEach
    void setUp() {
        c = indicatorFixture.create();
        conventionId = c.w().conventionId();
    }

    @AfterEach
    void tearDown() {
        login.logout();
        ((TestClockConfig.MutableClock) clock).reset();
    }

    private EvaluativeQuestionDetails create(String role, String text) {
        login.as(c.user(role));
        return service.create(conventionId, new NewEvaluativeQuestion(text, EvaluationTrack.RESULTS,
                Set.of(c.w().groupA()), "Taux de couverture atteint", "Caf, INSEE"));
    }

    /** A call of the convention with the fixture's five questions; returns its id. */
    private long call() {
        login.as(c.user("referent"));
        long org = partners.createOrganisation(conventionId, "Familles rurales " + c.w().prefix()).id();
        long call = calls.create(conventionId, new NewCall("Parole des associations", null, Set.of(c.w().groupA()),
                ContributionFixture.questions(), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 15), Set.of(org)));
        long association = editingFixture.accountId(c.w(), "association");
        SystemIdentity.run(() -> partners.addContributor(org, association));
        return call;
    }

    @Test
    void editorsCreateNumberedQuestionsThatEveryReaderButAssociationsReads() {
        EvaluativeQuestionDetails first = create("copil", "  L’offre d’accueil du jeune enfant répond-elle aux besoins ?  ");
        EvaluativeQuestionDetails second = create("secretariat", "Les familles isolées sont-elles mieux accompagnées ?");
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(first.text()).isEqualTo("L’offre d’accueil du jeune enfant répond-elle aux besoins ?");
        assertThat(first.status()).isEqualTo(QuestionStatus.NEGOTIATED);
        assertThat(first.groups()).extracting(g -> g.name()).containsExactly("Groupe A");
        assertThat(first.answer()).isNull();
        assertThat(first.validatedByName()).isNull();

        for (String reader : List.of("lecteur", "suivi", "referent")) {
            login.as(c.user(reader));
            assertThat(service.questions(conventionId)).extracting(EvaluativeQuestionDetails::number)
                    .as(reader).containsExactly(1, 2);
            assertThat(service.canEdit(conventionId)).as(reader).isFalse();
        }
        login.as(c.user("copil"));
        assertThat(service.canEdit(conventionId)).isTrue();

        login.as(c.user("lecteur"));
        assertThatThrownBy(() -> service.create(conventionId, new NewEvaluativeQuestion("Une question ?",
                EvaluationTrack.IMPACT, Set.of(), null, null))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> service.save(first.id(), first.version(), first.draft()
                .with(QuestionField.ANSWER, "Pris par un lecteur"))).isInstanceOf(AccessRefusedException.class);
        login.as(c.user("suivi"));
        assertThatThrownBy(() -> service.startEvaluation(first.id())).isInstanceOf(AccessRefusedException.class);
        login.as(c.user("association"));
        assertThatThrownBy(() -> service.questions(conventionId)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> service.question(first.id())).isInstanceOf(AccessRefusedException.class);

        EditingFixture.World other = editingFixture.create();
        login.as(other.user("copil"));
        assertThatThrownBy(() -> service.questions(conventionId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.question(first.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.attachIndicator(first.id(), c.places())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.history(first.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.questions(other.conventionId())).isEmpty();
        login.as(c.user("lecteur"));
        assertThat(service.question(first.id()).indicatorIds()).isEmpty();
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsSaved() {
        login.as(c.user("copil"));
        assertThatThrownBy(() -> service.create(conventionId, new NewEvaluativeQuestion("   ", EvaluationTrack.RESULTS,
                Set.of(), null, null))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("evaluation.error.text");
        assertThatThrownBy(() -> service.create(conventionId, new NewEvaluativeQuestion("Sans volet ?", null,
                Set.of(), null, null))).hasMessageContaining("evaluation.error.track");
        EditingFixture.World other = editingFixture.create();
        login.as(c.user("copil"));
        assertThatThrownBy(() -> service.create(conventionId, new NewEvaluativeQuestion("Groupe d’ailleurs ?",
                EvaluationTrack.IMPACT, Set.of(other.groupA()), null, null))).hasMessageContaining("evaluation.error.group");
        assertThat(service.questions(conventionId)).as("nothing created").isEmpty();

        EvaluativeQuestionDetails q = create("copil", "Les places créées sont-elles occupées ?");
        assertThatThrownBy(() -> service.save(q.id(), q.version(), q.draft().with(QuestionField.TEXT, " ")))
                .hasMessageContaining("evaluation.error.text");
        IndicatorFixture.Catalogue elsewhere = indicatorFixture.create();
        login.as(c.user("copil"));
        assertThatThrownBy(() -> service.attachIndicator(q.id(), elsewhere.places()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("evaluation.error.indicatorNotInConvention");
        service.attachIndicator(q.id(), c.places());
        assertThatThrownBy(() -> service.attachIndicator(q.id(), c.places()))
                .hasMessageContaining("evaluation.error.indicatorAttached");

        long call = call();
        login.as(c.user("copil"));
        assertThatThrownBy(() -> service.attachCallQuestion(q.id(), call, 5))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("evaluation.error.callQuestionIndex");
        assertThatThrownBy(() -> service.attachCallQuestion(q.id(), call, -1))
                .hasMessageContaining("evaluation.error.callQuestionIndex");
        ContributionFixture.World otherCalls = contributionElsewhere();
        login.as(c.user("copil"));
        assertThatThrownBy(() -> service.attachCallQuestion(q.id(), otherCalls.callId(), 0))
                .hasMessageContaining("evaluation.error.callNotInConvention");

        assertThatThrownBy(() -> service.validateAnswer(q.id())).hasMessageContaining("evaluation.error.notBeingEvaluated");
        service.startEvaluation(q.id());
        assertThatThrownBy(() -> service.startEvaluation(q.id())).hasMessageContaining("evaluation.error.notNegotiated");
        assertThatThrownBy(() -> service.validateAnswer(q.id()))
                .as("answering without an answer text").hasMessageContaining("evaluation.error.answerRequired");
        assertThatThrownBy(() -> service.reopen(q.id())).hasMessageContaining("evaluation.error.notAnswered");

        EvaluativeQuestionDetails now = service.question(q.id());
        assertThat(now.text()).isEqualTo("Les places créées sont-elles occupées ?");
        assertThat(now.indicatorIds()).containsExactly(c.places());
        assertThat(now.callQuestions()).isEmpty();
        assertThat(now.status()).isEqualTo(QuestionStatus.BEING_EVALUATED);
        assertThat(now.validatedAt()).isNull();
        assertThat(service.history(q.id())).as("created, then evaluation started").hasSize(2);
    }

    @Autowired ContributionFixture contributionFixture;

    private ContributionFixture.World contributionElsewhere() {
        return contributionFixture.create();
    }

    @Test
    void theStatusGoesFromNegotiatedToAnsweredRecordingWhoValidatedAndWhen() {
        EvaluativeQuestionDetails q = create("copil", "Le LAEP touche-t-il les familles isolées ?");
        service.startEvaluation(q.id());
        EvaluativeQuestionDetails started = service.question(q.id());
        QuestionSaveOutcome.Saved saved = (QuestionSaveOutcome.Saved) service.save(q.id(), started.version(),
                started.draft().with(QuestionField.ANSWER, "Oui : 14 % des familles en 2025."));
        EvaluativeQuestionDetails validated = service.validateAnswer(q.id());
        assertThat(validated.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(validated.validatedByName()).startsWith("Camille Copil");
        assertThat(validated.validatedAt()).isEqualTo(TestClockConfig.START);

        login.as(c.user("secretariat"));
        assertThatThrownBy(() -> service.validateAnswer(q.id())).as("validating twice")
                .hasMessageContaining("evaluation.error.alreadyValidated");
        assertThatThrownBy(() -> service.save(q.id(), validated.version(), validated.draft()
                .with(QuestionField.ANSWER, "Non.")))
                .as("a validated answer is reopened before it changes").hasMessageContaining("evaluation.error.answerValidated");
        assertThat(service.question(q.id()).answer()).isEqualTo(saved.details().answer());
        assertThat(service.question(q.id()).validatedByName()).startsWith("Camille Copil");

        EvaluativeQuestionDetails reopened = service.reopen(q.id());
        assertThat(reopened.status()).isEqualTo(QuestionStatus.BEING_EVALUATED);
        assertThat(reopened.validatedByName()).isNull();
        assertThat(reopened.validatedAt()).isNull();
        ((TestClockConfig.MutableClock) clock).advance(Duration.ofDays(3));
        EvaluativeQuestionDetails again = service.validateAnswer(q.id());
        assertThat(again.validatedByName()).startsWith("Sacha Secrétariat");
        assertThat(again.validatedAt()).isEqualTo(TestClockConfig.START.plus(Duration.ofDays(3)));
        assertThat(service.history(q.id())).extracting(QuestionRevision::status).containsExactly(
                QuestionStatus.ANSWERED, QuestionStatus.BEING_EVALUATED, QuestionStatus.ANSWERED,
                QuestionStatus.BEING_EVALUATED, QuestionStatus.BEING_EVALUATED, QuestionStatus.NEGOTIATED);
    }

    @Test
    void attachedIndicatorsAndContributionQuestionsShowWhatFeedsTheQuestion() {
        login.as(c.user("referent"));
        values.record(new ValueEntry(c.places(), "2023", new BigDecimal("48"), SourceKind.CAF, "SIAS", null, false, null));
        values.record(new ValueEntry(c.places(), "2024", new BigDecimal("55"), SourceKind.CC, "Relevé CC", null, false, null));
        long call = call();
        login.as(c.user("association"));
        submissions.saveDraft(call, Map.of(0, "Isolement des jeunes parents", 1, "40", 3, "oui"));
        submissions.submit(call);

        EvaluativeQuestionDetails q = create("copil", "L’offre d’accueil répond-elle aux besoins ?");
        service.attachIndicator(q.id(), c.places());
        service.attachIndicator(q.id(), c.delay());
        service.attachCallQuestion(q.id(), call, 0);
        service.attachCallQuestion(q.id(), call, 2);
        EvaluativeQuestionDetails attached = service.question(q.id());
        assertThat(attached.version()).as("attaching does not move the version co-editors save from")
                .isEqualTo(q.version());
        assertThat(attached.indicatorIds()).containsExactlyInAnyOrder(c.places(), c.delay());
        assertThat(attached.callQuestions()).extracting(CallQuestionRef::questionIndex, CallQuestionRef::questionLabel)
                .containsExactly(tuple(0, "Quels besoins des familles observez-vous ?"),
                        tuple(2, "Votre public principal"));
        assertThat(attached.callQuestions()).allSatisfy(r -> assertThat(r.callTitle()).isEqualTo("Parole des associations"));

        login.as(c.user("lecteur"));
        List<IndicatorFeedRow> rows = service.indicators(q.id());
        assertThat(rows).extracting(IndicatorFeedRow::code).containsExactly("EAJE_PLACES", "DELAI_RDV");
        IndicatorFeedRow places = rows.getFirst();
        assertThat(places.period()).isEqualTo("2024");
        assertThat(places.value()).isEqualByComparingTo("55");
        assertThat(places.target()).isEqualByComparingTo("60");
        assertThat(places.source()).isEqualTo(SourceKind.CC);
        assertThat(places.sourceDetail()).isEqualTo("Relevé CC");
        IndicatorFeedRow delay = rows.get(1);
        assertThat(delay.value()).isNull();
        assertThat(delay.source()).as("no value yet: the indicator's own source").isEqualTo(SourceKind.CC);
        assertThat(service.callQuestions(q.id())).extracting(CallQuestionFeedRow::answers).containsExactly(1, 0);

        login.as(c.user("copil"));
        service.detachIndicator(q.id(), c.delay());
        service.detachCallQuestion(q.id(), call, 2);
        assertThatThrownBy(() -> service.detachCallQuestion(q.id(), call, 2)).hasMessageContaining("evaluation.error.notAttached");
        assertThat(service.question(q.id()).indicatorIds()).containsExactly(c.places());
        assertThat(service.question(q.id()).callQuestions()).hasSize(1);
    }

    @Test
    void twoEditorsOnTheAnswerMergeDifferentFieldsAndARealConflictSavesNothing() {
        EvaluativeQuestionDetails q = create("copil", "Les jeunes fréquentent-ils davantage l’ALSH ?");
        login.as(c.user("copil2"));
        EvaluativeQuestionDetails seen = service.question(q.id());
        login.as(c.user("copil"));
        service.save(q.id(), q.version(), q.draft().with(QuestionField.ANSWER, "Oui, de 12 % depuis 2022."));
        login.as(c.user("copil2"));
        QuestionSaveOutcome.Saved merged = (QuestionSaveOutcome.Saved) service.save(q.id(), seen.version(),
                seen.draft().with(QuestionField.SOURCES, "CC du Savès, fichiers ALSH"));
        assertThat(merged.mergedFromOthers()).containsExactly(QuestionField.ANSWER);
        assertThat(merged.details().answer()).isEqualTo("Oui, de 12 % depuis 2022.");
        assertThat(merged.details().sources()).isEqualTo("CC du Savès, fichiers ALSH");

        QuestionSaveOutcome out = service.save(q.id(), seen.version(),
                seen.draft().with(QuestionField.ANSWER, "Non, la fréquentation stagne."));
        QuestionSaveOutcome.Conflict conflict = (QuestionSaveOutcome.Conflict) out;
        assertThat(conflict.conflicts()).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo(QuestionField.ANSWER);
            assertThat(x.mine()).isEqualTo("Non, la fréquentation stagne.");
            assertThat(x.theirs()).isEqualTo("Oui, de 12 % depuis 2022.");
        });
        assertThat(conflict.lastEditor()).startsWith("Dominique Copil");
        assertThat(service.question(q.id()).answer()).as("nothing saved").isEqualTo("Oui, de 12 % depuis 2022.");

        QuestionSaveOutcome resolved = service.save(q.id(), conflict.current().version(),
                conflict.merged().with(QuestionField.ANSWER, "Non, la fréquentation stagne."));
        assertThat(((QuestionSaveOutcome.Saved) resolved).details().answer()).isEqualTo("Non, la fréquentation stagne.");
        assertThat(((QuestionSaveOutcome.Saved) resolved).details().sources()).isEqualTo("CC du Savès, fichiers ALSH");
    }

    @Test
    void everyVersionIsKeptComparesWordByWordAndAnOldOneCanBeRestored() {
        EvaluativeQuestionDetails q = create("copil", "Les familles connaissent-elles le LAEP ?");
        QuestionSaveOutcome.Saved one = (QuestionSaveOutcome.Saved) service.save(q.id(), q.version(),
                q.draft().with(QuestionField.ANSWER, "Une famille sur deux le connaît."));
        login.as(c.user("secretariat"));
        service.save(q.id(), one.details().version(),
                one.details().draft().with(QuestionField.ANSWER, "Une famille sur trois le connaît."));

        login.as(c.user("lecteur"));
        List<QuestionRevision> history = service.history(q.id());
        assertThat(history).hasSize(3);
        assertThat(history.getFirst().displayName()).startsWith("Sacha Secrétariat");
        assertThat(history.getFirst().changed()).containsExactly(QuestionField.ANSWER);
        assertThat(history.getLast().changed()).containsExactly(QuestionField.TEXT, QuestionField.CRITERIA,
                QuestionField.SOURCES);
        QuestionDiff diff = service.diff(q.id(), history.getFirst().revision(), history.get(1).revision());
        assertThat(diff.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.field()).isEqualTo(QuestionField.ANSWER);
            assertThat(ch.words()).filteredOn(s -> s.kind() != WordDiff.Kind.SAME).extracting(s -> s.text().strip())
                    .containsExactly("deux", "trois");
        });
        assertThatThrownBy(() -> service.restore(q.id(), history.get(1).revision(), history.getFirst().version()))
                .isInstanceOf(AccessRefusedException.class);

        login.as(c.user("copil"));
        QuestionSaveOutcome.Saved restored = (QuestionSaveOutcome.Saved) service.restore(q.id(),
                history.get(1).revision(), history.getFirst().version());
        assertThat(restored.details().answer()).isEqualTo("Une famille sur deux le connaît.");
        assertThat(restored.details().versionNumber()).isEqualTo(4);
        assertThat(service.history(q.id())).hasSize(4);
    }
}
