package fr.ctg.report;

import fr.ctg.base.docs.DocOutline;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.evaluation.CallQuestionRef;
import fr.ctg.evaluation.EvaluativeQuestionDetails;
import fr.ctg.evaluation.EvaluativeQuestionService;
import fr.ctg.indicator.IndicatorCatalogueService;
import fr.ctg.indicator.IndicatorSummary;
import fr.ctg.indicator.IndicatorValuesService;
import fr.ctg.indicator.ValueRow;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The evaluative questions (Annexe 4): each with its track, status, criteria, sources, answer (or that there is none
 * yet), who validated it, and what feeds it — indicators and the contributions summarised per question.
 */
@Component
@Order(30)
class EvaluationSection implements ReportSection {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EvaluativeQuestionService questions;
    private final ContributionSummaries contributions;
    private final IndicatorValuesService values;
    private final IndicatorCatalogueService indicators;

    EvaluationSection(EvaluativeQuestionService questions, ContributionSummaries contributions,
                      IndicatorValuesService values, IndicatorCatalogueService indicators) {
        this.questions = questions;
        this.contributions = contributions;
        this.values = values;
        this.indicators = indicators;
    }

    @Override
    public String stepKey() {
        return "report.step.evaluation";
    }

    @Override
    public void write(ReportContext r) {
        r.heading(1, "report.evaluation");
        List<EvaluativeQuestionDetails> all = questions.questions(r.request.conventionId());
        if (all.isEmpty()) {
            r.missing("report.evaluation.none");
            return;
        }
        Map<Long, IndicatorSummary> catalogue = new HashMap<>();
        indicators.catalogue(r.request.conventionId()).forEach(i -> catalogue.put(i.id(), i));
        for (EvaluativeQuestionDetails q : all) {
            r.heading(2, "report.evaluation.question", q.number(), q.text());
            String groups = q.groups().isEmpty() ? "" : r.t("report.evaluation.groups",
                    q.groups().stream().map(ThematicGroupRef::name).collect(Collectors.joining(", ")));
            r.text(r.t("report.evaluation.meta", r.t(q.track().labelKey()), r.t(q.status().labelKey()), groups));
            part(r, "report.evaluation.criteria", q.criteria());
            part(r, "report.evaluation.sources", q.sources());
            if (q.answer() == null || q.answer().isBlank()) {
                r.missing("report.evaluation.noAnswer", q.number());
            } else {
                r.blocks.add(new DocOutline.Text(r.t("report.evaluation.answer")));
                r.blocks.add(new DocOutline.Markdown(q.answer()));
                if (q.validatedByName() != null && q.validatedAt() != null) {
                    r.text(r.t("report.evaluation.validated", q.validatedByName(),
                            r.date(q.validatedAt().atZone(PARIS).toLocalDate())));
                }
            }
            if (!q.indicatorIds().isEmpty()) {
                r.text(r.t("report.evaluation.indicators", q.indicatorIds().stream().map(catalogue::get)
                        .filter(java.util.Objects::nonNull).map(i -> lastOfPeriod(r, i))
                        .collect(Collectors.joining(r.t("report.evaluation.separator")))));
            }
            if (!q.callQuestions().isEmpty()) {
                r.blocks.add(new DocOutline.Text(r.t("report.evaluation.contributions")));
                for (CallQuestionRef ref : q.callQuestions()) {
                    contributions.summary(r, ref.callId(), ref.questionIndex(),
                            r.t("report.evaluation.callQuestion", ref.callTitle(), ref.questionLabel()),
                            contributions.answerCount(r, ref.callId(), ref.questionIndex()));
                }
            }
        }
    }

    /** An indicator that feeds the question, with its last value within the report's period (not a later one). */
    private String lastOfPeriod(ReportContext r, IndicatorSummary i) {
        ValueRow last = IndicatorSection.series(r, values, i.id()).stream().filter(v -> v.value() != null && r.inPeriod(v.period()))
                .reduce((a, b) -> b).orElse(null);
        return last == null ? r.t("report.evaluation.indicatorNoValue", i.code(), i.name())
                : r.t("report.evaluation.indicatorValue", i.code(), i.name(), last.period(), r.number(last.value()));
    }

    private static void part(ReportContext r, String key, String markdown) {
        if (markdown != null && !markdown.isBlank()) {
            r.blocks.add(new DocOutline.Text(r.t(key)));
            r.blocks.add(new DocOutline.Markdown(markdown));
        }
    }
}
