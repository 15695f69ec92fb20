package fr.ctg.report;

import fr.ctg.contribution.CallDetails;
import fr.ctg.contribution.CallService;
import fr.ctg.contribution.CallSummary;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The partners' contributions, summarised per question. The secretariat and referents see every call with its
 * dates (those of the period are kept); others know the calls' questions and answer counts only, for every call.
 */
@Component
@Order(50)
class ContributionSection implements ReportSection {

    private final CallService calls;
    private final ContributionSummaries summaries;

    ContributionSection(CallService calls, ContributionSummaries summaries) {
        this.calls = calls;
        this.summaries = summaries;
    }

    @Override
    public String stepKey() {
        return "report.step.contributions";
    }

    @Override
    public void write(ReportContext r) {
        r.heading(1, "report.contributions");
        List<CallSummary> known = summaries.summaries(r);
        Map<Long, CallDetails> dated = calls.calls(r.request.conventionId()).stream()
                .collect(Collectors.toMap(CallDetails::id, Function.identity()));
        List<CallSummary> shown = known.stream().filter(c -> {
            CallDetails d = dated.get(c.id());
            return d == null || !d.opensOn().isAfter(r.request.to()) && !d.closesOn().isBefore(r.request.from());
        }).toList();
        if (shown.isEmpty()) {
            r.missing("report.contributions.none");
            return;
        }
        if (shown.stream().anyMatch(c -> !dated.containsKey(c.id()))) {
            r.text(r.t("report.contributions.countsOnly"));
        }
        for (CallSummary c : shown) {
            CallDetails d = dated.get(c.id());
            if (d != null) {
                r.heading(2, "report.contributions.call", c.title(), r.date(d.opensOn()), r.date(d.closesOn()));
            } else {
                r.heading(2, "report.contributions.callUndated", c.title());
            }
            for (int q = 0; q < c.questionLabels().size(); q++) {
                summaries.summary(r, c.id(), q, c.questionLabels().get(q), c.answerCounts().get(q));
            }
        }
    }
}
