package fr.ctg.report;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.contribution.CallDetails;
import fr.ctg.contribution.CallService;
import fr.ctg.contribution.CallSummary;
import fr.ctg.contribution.Question;
import fr.ctg.contribution.QuestionKind;
import fr.ctg.contribution.ReviewService;
import fr.ctg.contribution.SubmissionDetails;
import fr.ctg.contribution.SubmissionStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * One contribution question summarised for a report: how many answered, and for choices, yes/no and numbers how the
 * answers spread. Written answers are counted, not quoted: a report is published, and what an organisation wrote
 * stays in the portal for the people who review contributions.
 */
@Component
class ContributionSummaries {

    private final CallService calls;
    private final ReviewService reviews;

    ContributionSummaries(CallService calls, ReviewService reviews) {
        this.calls = calls;
        this.reviews = reviews;
    }

    /**
     * Writes the summary of question {@code index} of a call; {@code answers} is the count the caller may know
     * anyway (from the call's summary), used alone when the caller does not review contributions.
     */
    void summary(ReportContext r, long callId, int index, String label, int answers) {
        r.text(r.t("report.contributions.question", label, answers));
        if (answers == 0) {
            r.missing("report.contributions.noAnswer", label);
            return;
        }
        Question question;
        List<String> given = new ArrayList<>();
        try {
            CallDetails call = r.once("call-" + callId, () -> calls.call(callId));
            question = call.questions().get(index);
            // One answer per submitted contribution, keyed by nothing an organisation could share (names may repeat).
            for (SubmissionDetails s : r.<List<SubmissionDetails>>once("submissions-" + callId,
                    () -> reviews.submissions(callId))) {
                String a = s.status() == SubmissionStatus.SUBMITTED ? s.answers().get(index) : null;
                if (a != null && !a.isBlank()) {
                    given.add(a.strip());
                }
            }
        } catch (NotFoundException | AccessRefusedException | IndexOutOfBoundsException notAReviewer) {
            return; // the count above is what this reader may know
        }
        switch (question.kind()) {
            case CHOICE, YES_NO -> {
                Map<String, Integer> counts = new TreeMap<>();
                given.forEach(a -> counts.merge(question.kind() == QuestionKind.YES_NO ? yesNo(r, a) : a, 1, Integer::sum));
                List<List<String>> rows = new ArrayList<>();
                counts.forEach((answer, n) -> rows.add(List.of(answer, String.valueOf(n))));
                r.table(List.of(r.t("report.contributions.answer"), r.t("report.contributions.count")), rows, 4, 1);
            }
            case NUMBER -> numbers(r, given);
            default -> r.text(r.t("report.contributions.written"));
        }
    }

    /** How many submitted answers a call's question received, from the calls' summaries read once per report. */
    int answerCount(ReportContext r, long callId, int index) {
        return summaries(r).stream().filter(c -> c.id() == callId).findFirst()
                .filter(c -> index >= 0 && index < c.answerCounts().size()).map(c -> c.answerCounts().get(index)).orElse(0);
    }

    List<CallSummary> summaries(ReportContext r) {
        return r.once("call-summaries", () -> calls.summaries(r.request.conventionId()));
    }

    /** A yes/no answer is stored as "oui"/"non": written in the reader's language. */
    private static String yesNo(ReportContext r, String stored) {
        return "oui".equalsIgnoreCase(stored) || "non".equalsIgnoreCase(stored)
                ? r.t("contribution.answer." + stored.toLowerCase(java.util.Locale.ROOT)) : stored;
    }

    private static void numbers(ReportContext r, List<String> given) {
        List<BigDecimal> values = new ArrayList<>();
        for (String a : given) {
            try {
                values.add(new BigDecimal(a.replace(',', '.').replaceAll("[\\s\u00a0\u202f]", "")));
            } catch (NumberFormatException e) {
                // a number question answered with words: counted above, not summed
            }
        }
        if (values.isEmpty()) {
            return;
        }
        values.sort(BigDecimal::compareTo);
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        r.text(r.t("report.contributions.numbers", r.number(values.getFirst()), r.number(values.get(values.size() / 2)),
                r.number(values.getLast()), r.number(sum)));
    }
}
