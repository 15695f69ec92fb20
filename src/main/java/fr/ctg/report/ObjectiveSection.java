package fr.ctg.report;

import fr.ctg.actionplan.ActionPlanService;
import fr.ctg.actionplan.ActionSheetDetails;
import fr.ctg.minutes.DecisionRow;
import fr.ctg.objective.FieldObjectives;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Objectives per field with their progress and the decisions of the period, then the fiches action. */
@Component
@Order(10)
class ObjectiveSection implements ReportSection {

    private final ObjectiveService objectives;
    private final ActionPlanService plan;

    ObjectiveSection(ObjectiveService objectives, ActionPlanService plan) {
        this.objectives = objectives;
        this.plan = plan;
    }

    @Override
    public String stepKey() {
        return "report.step.objectives";
    }

    @Override
    public void write(ReportContext r) {
        r.heading(1, "report.objectives");
        List<FieldObjectives> fields = objectives.byField(r.request.conventionId());
        if (fields.stream().allMatch(f -> f.objectives().isEmpty())) {
            r.missing("report.objectives.none");
        }
        for (FieldObjectives f : fields) {
            if (f.objectives().isEmpty()) {
                continue;
            }
            r.heading(2, "report.objectives.field", f.field().title(),
                    f.rolledUpProgress() == null ? "—" : r.t("report.percent", f.rolledUpProgress()));
            List<List<String>> rows = new ArrayList<>();
            for (ObjectiveSummary o : f.objectives()) {
                rows.add(List.of(o.parentId() == null ? o.title() : r.t("report.objectives.sub", o.title()),
                        r.t(o.status().labelKey()), r.t("report.percent", o.effectiveProgress()), decisions(r, o.id())));
            }
            r.table(List.of(r.t("report.objectives.objective"), r.t("report.objectives.status"),
                    r.t("report.objectives.progress"), r.t("report.objectives.decisions")), rows, 4, 1.4f, 1, 4);
        }
        sheets(r);
    }

    private static String decisions(ReportContext r, long objectiveId) {
        String text = r.minutes.stream().flatMap(m -> m.sections().stream())
                .flatMap(s -> s.decisions().stream())
                .filter(d -> d.objectiveIds().contains(objectiveId))
                .map(DecisionRow::text).collect(Collectors.joining(" · "));
        return text.isEmpty() ? "—" : text;
    }

    private void sheets(ReportContext r) {
        r.heading(2, "report.sheets");
        List<ActionSheetDetails> sheets = plan.plan(r.request.conventionId());
        if (sheets.isEmpty()) {
            r.missing("report.sheets.none");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ActionSheetDetails s : sheets) {
            rows.add(List.of(s.title(), s.fieldTitle(), r.t(s.status().labelKey()),
                    s.plannedEndDate() == null ? "—" : r.date(s.plannedEndDate()),
                    s.budgetTotal() == null ? "—" : r.t("report.euros", r.number(s.budgetTotal())),
                    s.indicatorNames().isEmpty() ? "—" : String.join(", ", s.indicatorNames())));
        }
        r.table(List.of(r.t("report.sheets.sheet"), r.t("report.sheets.field"), r.t("report.objectives.status"),
                r.t("report.sheets.end"), r.t("report.sheets.budget"), r.t("report.sheets.indicators")), rows,
                3, 2, 1.3f, 1.3f, 1.3f, 2.5f);
    }
}
