package fr.ctg.report;

import fr.ctg.base.docs.DocOutline;
import fr.ctg.contribution.CallDetails;
import fr.ctg.contribution.CallService;
import fr.ctg.contribution.Question;
import fr.ctg.contribution.QuestionKind;
import fr.ctg.contribution.ReviewService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The partners' contributions of the period, summarised per question: how many answered, what they chose or said. */
@Component
@Order(50)
class ContributionSection implements ReportSection {

    static final int EXCERPTS = 3;
    static final int EXCERPT_LENGTH = 240;

    private final CallService calls;
    private final ReviewService reviews;

    ContributionSection(CallService calls, ReviewService reviews) {
        this.calls = calls;
        this.reviews = reviews;
    }

    @Override
    public String stepKey() {
        return "report.step.contributions";
    }

    @Override
    public void write(ReportContext r) {
        r.heading(1, "report.contributions");
        List<CallDetails> ofPeriod = calls.calls(r.request.conventionId()).stream()
                .filter(c -> !c.opensOn().isAfter(r.request.to()) && !c.closesOn().isBefore(r.request.from())).toList();
        if (ofPeriod.isEmpty()) {
            r.missing("report.contributions.none");
            return;
        }
        for (CallDetails c : ofPeriod) {
            r.heading(2, "report.contributions.call", c.title(), r.date(c.opensOn()), r.date(c.closesOn()),
                    reviews.submissions(c.id()).size());
            for (int q = 0; q < c.questions().size(); q++) {
                summary(r, c.questions().get(q), reviews.answersTo(c.id(), q));
            }
        }
    }

    /** One question's answers, as the report shows them (also used for the evaluative questions they feed). */
    static void summary(ReportContext r, Question question, Map<String, String> answers) {
        r.blocks.add(new DocOutline.Text(r.t("report.contributions.question", question.label(), answers.size())));
        if (answers.isEmpty()) {
            r.missing("report.contributions.noAnswer", question.label());
            return;
        }
        if (question.kind() == QuestionKind.CHOICE || question.kind() == QuestionKind.YES_NO) {
            Map<String, Integer> counts = new TreeMap<>();
            answers.values().forEach(a -> counts.merge(a, 1, Integer::sum));
            List<List<String>> rows = new ArrayList<>();
            counts.forEach((answer, n) -> rows.add(List.of(answer, String.valueOf(n))));
            r.table(List.of(r.t("report.contributions.answer"), r.t("report.contributions.count")), rows, 4, 1);
            return;
        }
        answers.entrySet().stream().limit(EXCERPTS).forEach(e -> r.blocks.add(new DocOutline.Bullet(e.getKey() + " : "
                + excerpt(e.getValue()))));
        if (answers.size() > EXCERPTS) {
            r.text(r.t("report.contributions.more", answers.size() - EXCERPTS));
        }
    }

    private static String excerpt(String answer) {
        String flat = answer == null ? "" : answer.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH - 1) + "…";
    }
}
