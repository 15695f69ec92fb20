package fr.ctg.report;

import fr.ctg.base.docs.DocOutline;
import fr.ctg.governance.CalendarDetails;
import fr.ctg.governance.DeadlineItem;
import fr.ctg.governance.DeadlineKind;
import fr.ctg.governance.DeadlineService;
import fr.ctg.governance.MeetingDetails;
import fr.ctg.governance.MeetingStatus;
import fr.ctg.minutes.DecisionRow;
import fr.ctg.minutes.MinutesDetails;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The milestones of the period, the meetings held, and the published minutes with their decisions. */
@Component
@Order(40)
class GovernanceSection implements ReportSection {

    private final DeadlineService deadlines;
    private final Clock clock;

    GovernanceSection(DeadlineService deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "report.step.governance";
    }

    @Override
    public void write(ReportContext r) {
        CalendarDetails calendar = deadlines.calendar(r.request.conventionId(), r.request.from(), r.request.to());
        milestones(r, calendar);
        meetings(r, calendar);
        minutes(r);
    }

    private void milestones(ReportContext r, CalendarDetails calendar) {
        r.heading(1, "report.milestones");
        List<DeadlineItem> items = calendar.deadlines().stream()
                .filter(d -> d.kind() != DeadlineKind.ACTION_ITEM && r.inPeriod(d.dueDate()))
                .sorted(Comparator.comparing(DeadlineItem::dueDate)).toList();
        if (items.isEmpty()) {
            r.missing("report.milestones.none");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<List<String>> rows = new ArrayList<>();
        for (DeadlineItem d : items) {
            boolean dateOnly = d.kind() == DeadlineKind.CONVENTION_END || d.kind() == DeadlineKind.NOTICE_DEADLINE;
            String state = d.cancelled() ? "report.milestones.cancelled" : d.done() ? "report.milestones.done"
                    : dateOnly ? (d.dueDate().isBefore(today) ? "report.milestones.passed" : "report.milestones.coming")
                    : d.overdue(today) ? "report.milestones.overdue" : "report.milestones.coming";
            rows.add(List.of(r.date(d.dueDate()), d.title(), r.t(d.kind().labelKey()), r.t(state)));
        }
        r.table(List.of(r.t("report.milestones.day"), r.t("report.milestones.title"), r.t("report.milestones.kind"),
                r.t("report.milestones.state")), rows, 1.5f, 4, 2, 1.3f);
    }

    private void meetings(ReportContext r, CalendarDetails calendar) {
        r.heading(1, "report.meetings");
        List<MeetingDetails> held = calendar.meetings().stream().filter(m -> m.status() == MeetingStatus.HELD)
                .sorted(Comparator.comparing(MeetingDetails::start)).toList();
        if (held.isEmpty()) {
            r.missing("report.meetings.none");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (MeetingDetails m : held) {
            String minutes = r.minutes.stream().filter(x -> x.meetingId() == m.id()).map(MinutesDetails::title)
                    .findFirst().orElse(r.t("report.meetings.noMinutes"));
            rows.add(List.of(r.date(m.start().toLocalDate()), m.committee().name(), m.title(),
                    m.place() == null ? "—" : m.place(), minutes));
        }
        r.table(List.of(r.t("report.meetings.day"), r.t("report.meetings.committee"), r.t("report.meetings.title"),
                r.t("report.meetings.place"), r.t("report.meetings.minutes")), rows, 1.5f, 2, 3, 2, 3);
    }

    private static void minutes(ReportContext r) {
        r.heading(2, "report.minutes");
        if (r.minutes.isEmpty()) {
            r.missing("report.minutes.none");
            return;
        }
        for (MinutesDetails m : r.minutes) {
            r.blocks.add(new DocOutline.Text(m.title() + " — " + r.date(m.meetingStart().toLocalDate())));
            List<DecisionRow> decisions = m.sections().stream().flatMap(s -> s.decisions().stream()).toList();
            if (decisions.isEmpty()) {
                r.text(r.t("report.minutes.noDecision"));
            }
            decisions.forEach(d -> r.blocks.add(new DocOutline.Bullet(d.text())));
        }
    }
}
