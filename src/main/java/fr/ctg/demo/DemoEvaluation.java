package fr.ctg.demo;

import fr.ctg.contribution.CallService;
import fr.ctg.contribution.CallSummary;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.evaluation.EvaluativeQuestionDetails;
import fr.ctg.evaluation.EvaluativeQuestionService;
import fr.ctg.evaluation.NewEvaluativeQuestion;
import fr.ctg.evaluation.QuestionField;
import fr.ctg.evaluation.QuestionStatus;
import fr.ctg.indicator.IndicatorCatalogueService;
import fr.ctg.indicator.IndicatorSummary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The demo's evaluative questions of Savès ({@code demo-data.json}), attached to the demo indicators (by code) and to
 * the demo call for contributions, each brought to its status: one answered and validated (by the platform, which
 * loads the demo).
 */
@Component
class DemoEvaluation {

    private final EvaluativeQuestionService questions;
    private final IndicatorCatalogueService indicators;
    private final CallService calls;
    private final ConventionService conventions;

    DemoEvaluation(EvaluativeQuestionService questions, IndicatorCatalogueService indicators, CallService calls,
                   ConventionService conventions) {
        this.questions = questions;
        this.indicators = indicators;
        this.calls = calls;
        this.conventions = conventions;
    }

    /** Loads the questions into a convention that has none yet (as the platform, after its indicators and call). */
    void loadIfMissing(long conventionId, List<DemoData.DemoEvaluativeQuestion> demo) {
        if (demo == null || demo.isEmpty() || !questions.questions(conventionId).isEmpty()) {
            return;
        }
        Map<String, Long> groups = conventions.thematicGroups(conventionId).stream()
                .collect(Collectors.toMap(ThematicGroupRef::name, ThematicGroupRef::id));
        Map<String, Long> codes = indicators.catalogue(conventionId).stream().filter(i -> i.code() != null)
                .collect(Collectors.toMap(IndicatorSummary::code, IndicatorSummary::id));
        List<CallSummary> demoCalls = calls.summaries(conventionId);
        for (DemoData.DemoEvaluativeQuestion d : demo) {
            Set<Long> groupIds = new LinkedHashSet<>();
            for (String name : d.thematicGroups()) {
                groupIds.add(required(groups, name, "group"));
            }
            EvaluativeQuestionDetails q = questions.create(conventionId, new NewEvaluativeQuestion(d.text(), d.track(),
                    groupIds, d.criteria(), d.sources()));
            for (String code : d.indicators()) {
                questions.attachIndicator(q.id(), required(codes, code, "indicator"));
            }
            if (!demoCalls.isEmpty()) {
                // the demo call exists when the demo association does (DemoContributions)
                for (int index : d.callQuestions()) {
                    questions.attachCallQuestion(q.id(), demoCalls.getFirst().id(), index);
                }
            }
            if (d.answer() != null) {
                q = questions.question(q.id());
                questions.save(q.id(), q.version(), q.draft().with(QuestionField.ANSWER, d.answer()));
            }
            if (d.status() != QuestionStatus.NEGOTIATED) {
                questions.startEvaluation(q.id());
            }
            if (d.status() == QuestionStatus.ANSWERED) {
                questions.validateAnswer(q.id());
            }
        }
    }

    private static long required(Map<String, Long> ids, String name, String what) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("Demo evaluative question names an unknown " + what + ": " + name);
        }
        return id;
    }
}
