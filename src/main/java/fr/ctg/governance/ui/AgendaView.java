package fr.ctg.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.PageRef;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Notifications;
import fr.ctg.base.ui.PageLinker;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.ui.DiscussionPanels;
import fr.ctg.document.DocumentQuery;
import fr.ctg.document.DocumentService;
import fr.ctg.document.LinkTarget;
import fr.ctg.document.ui.LinkedDocumentsPanel;
import fr.ctg.governance.AgendaService;
import fr.ctg.governance.CalendarDetails;
import fr.ctg.governance.CommitteeService;
import fr.ctg.governance.CommitteeSummary;
import fr.ctg.governance.ConvocationService;
import fr.ctg.governance.DeadlineItem;
import fr.ctg.governance.DeadlineKind;
import fr.ctg.governance.DeadlineService;
import fr.ctg.governance.MeetingDetails;
import fr.ctg.governance.MeetingService;
import fr.ctg.governance.MeetingStatus;
import fr.ctg.governance.MilestoneService;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.security.AccountService;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The calendar as an agenda list: meetings and deadlines from one month ago to a year ahead, by date,
 * filtered by committee; overdue deadlines stand out. The secretariat schedules meetings here.
 */
@Route("calendrier")
@Menu(order = 5, icon = "vaadin:calendar", title = "nav.calendar")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class AgendaView extends VerticalLayout implements HasDynamicTitle {

    private final PageLinker pages;
    private final ConvocationService convocations;
    private final DiscussionPanels discussions;
    private final DeadlineService deadlineService;

    private final CommitteeService committeeService;

    private final MilestoneService milestoneService;
    private final Clock clock;
    private final long conventionId;
    private final Select<CommitteeSummary> committee = new Select<>();
    private final Select<Kind> kind = new Select<>();
    private final Checkbox mine = new Checkbox();
    private boolean canEditMilestones;
    private final RadioButtonGroup<String> view =
            new RadioButtonGroup<>();
    private final HorizontalLayout monthNavigation = new HorizontalLayout();
    private YearMonth month;
    private long me;

    /** What the agenda shows. */
    enum Kind { ALL, MEETINGS, DEADLINES }
    private final Div agenda = new Div();
    private final MeetingService meetings;
    private final AccountService accounts;
    private final boolean canSchedule;
    private final AgendaService agendaService;
    private final ObjectiveService objectives;
    private final DocumentService documents;

    AgendaView(CurrentConvention currentConvention, DeadlineService deadlineService, CommitteeService committeeService, MilestoneService milestoneService, Clock clock,
               MeetingService meetings, AccountService accounts,
               AgendaService agendaService, ObjectiveService objectives,
               DocumentService documents, CurrentUser currentUser, PageLinker pages,
               ConvocationService convocations, DiscussionPanels discussions) {
        this.discussions = discussions;
        this.convocations = convocations;
        this.pages = pages;
        this.agendaService = agendaService;
        this.objectives = objectives;
        this.documents = documents;
        this.deadlineService = deadlineService;
        this.committeeService = committeeService;
        this.milestoneService = milestoneService;
        this.clock = clock;
        this.meetings = meetings;
        this.accounts = accounts;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("calendar.heading")));
        header.setAlignItems(Alignment.BASELINE);
        List<CommitteeSummary> committees = committeeService.committees(conventionId);
        canSchedule = currentConvention.roles().stream().anyMatch(MeetingService.SCHEDULERS::contains);
        if (canSchedule) {
            Button schedule = new Button(getTranslation("calendar.schedule"),
                    e -> new ScheduleMeetingDialog(meetings, conventionId, committees, this::refresh).open());
            schedule.setId("schedule-meeting");
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(schedule);
        }
        canEditMilestones = currentConvention.roles().stream().anyMatch(MilestoneService.MILESTONE_EDITORS::contains);
        if (canEditMilestones) {
            Button milestone = new Button(getTranslation("milestone.new"),
                    e -> new MilestoneDialog(milestoneService, conventionId, accounts.members(conventionId), this::refresh).open());
            milestone.setId("milestone-new");
            header.add(milestone);
        }
        me = currentUser.require().accountId();
        Button committeesButton = new Button(getTranslation("committees.title"),
                e -> new CommitteesDialog(committeeService.committees(conventionId), accounts.members(conventionId),
                        canSchedule ? committeeService : null).open());
        committeesButton.setId("committees");
        header.add(committeesButton);
        kind.setId("calendar-kind");
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("calendar.kind." + k.name()));
        kind.setValue(Kind.ALL);
        kind.addValueChangeListener(e -> refresh());
        mine.setId("calendar-mine");
        mine.setLabel(getTranslation("calendar.mine"));
        mine.addValueChangeListener(e -> refresh());
        committee.setId("calendar-committee");
        committee.setLabel(getTranslation("calendar.committee"));
        committee.setEmptySelectionAllowed(true);
        committee.setEmptySelectionCaption(getTranslation("calendar.allCommittees"));
        committee.setItems(committees);
        committee.setItemLabelGenerator(c -> c == null ? getTranslation("calendar.allCommittees") : c.name());
        committee.addValueChangeListener(e -> refresh());
        agenda.setId("agenda");
        agenda.addClassName("ctg-agenda");
        view.setId("calendar-view");
        view.setItems(List.of("list", "month"));
        view.setItemLabelGenerator(v -> getTranslation("calendar.view." + v));
        view.setValue("list");
        view.addValueChangeListener(e -> refresh());
        Button previous = new Button(getTranslation("calendar.previous"), e -> {
            month = month.minusMonths(1);
            refresh();
        });
        previous.setId("month-previous");
        Button next = new Button(getTranslation("calendar.next"), e -> {
            month = month.plusMonths(1);
            refresh();
        });
        next.setId("month-next");
        monthNavigation.add(previous, next);
        month = YearMonth.now(clock);
        HorizontalLayout filters = new HorizontalLayout(view, committee, kind, mine, monthNavigation);
        filters.setAlignItems(Alignment.BASELINE);
        add(header, filters, agenda);
        refresh();
    }

    private record Entry(LocalDate day, String time, String kind, String label, String detail, boolean overdue,
                         MeetingDetails meeting, DeadlineItem deadline) {
    }

    private void refresh() {
        LocalDate today = LocalDate.now(clock);
        boolean monthly = "month".equals(view.getValue());
        monthNavigation.setVisible(monthly);
        CalendarDetails cal = monthly
                ? deadlineService.calendar(conventionId, month.atDay(1).minusDays(7), month.atEndOfMonth().plusDays(7))
                : deadlineService.calendar(conventionId, today.minusMonths(1), today.plusYears(1));
        CommitteeSummary only = committee.getValue();
        List<Entry> entries = new ArrayList<>();
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
        boolean meetingsToo = kind.getValue() != Kind.DEADLINES && !mine.getValue();
        boolean deadlinesToo = kind.getValue() != Kind.MEETINGS;
        for (MeetingDetails m : cal.meetings()) {
            if (meetingsToo && (only == null || only.id() == m.committee().id())) {
                String where = m.place() != null ? m.place() : m.videoLink() != null ? m.videoLink() : "";
                entries.add(new Entry(m.start().toLocalDate(), hm.format(m.start()) + "–" + hm.format(m.end()),
                        getTranslation("calendar.meeting"), m.title() + " · " + m.committee().name(),
                        where + " · " + getTranslation(m.status().labelKey()), false, m, null));
            }
        }
        for (DeadlineItem d : cal.deadlines()) {
            boolean derivedFromOther = only != null && d.meetingId() == null;
            boolean notMine = mine.getValue() && (d.ownerAccountId() == null || d.ownerAccountId() != me);
            if (deadlinesToo && !d.cancelled() && !derivedFromOther && !notMine) {
                entries.add(new Entry(d.dueDate(), "", getTranslation("calendar.deadline"),
                        getTranslation(d.kind().labelKey(), d.title()), d.done() ? getTranslation("milestone.done") : "",
                        d.overdue(today), null, d));
            }
        }
        entries.sort(Comparator.comparing(Entry::day).thenComparing(Entry::time));
        agenda.removeAll();
        if (monthly) {
            agenda.add(new H3(
                    month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " "
                            + month.getYear()));
            agenda.add(new MonthGrid(month, entries.stream().map(e -> new MonthGrid.Item(e.day(),
                    (e.time().isEmpty() ? "" : e.time().substring(0, 5) + " ") + e.label(), e.overdue())).toList(),
                    getLocale()));
            return;
        }
        if (entries.isEmpty()) {
            agenda.add(new Paragraph(getTranslation("calendar.empty")));
        }
        for (Entry e : entries) {
            Div row = new Div();
            row.addClassName(e.overdue() ? "ctg-agenda-overdue" : "ctg-agenda-row");
            Span date = new Span(Formats.date(e.day(), getLocale()) + (e.time().isEmpty() ? "" : " " + e.time()));
            date.addClassName("ctg-agenda-date");
            Span kind = new Span(e.overdue() ? getTranslation("calendar.overdue") : e.kind());
            kind.getElement().getThemeList().add("badge");
            row.add(date, kind, new Span(" " + e.label()), new Div(e.detail()));
            if (e.meeting() != null) {
                row.add(meetingActions(e.meeting()));
            }
            if (e.deadline() != null && e.deadline().kind() == DeadlineKind.EVALUATION_MILESTONE) {
                row.add(milestoneActions(e.deadline()));
            }
            agenda.add(row);
        }
    }

    private HorizontalLayout milestoneActions(DeadlineItem d) {
        HorizontalLayout actions = new HorizontalLayout();
        Button deliverables = new Button(getTranslation("milestone.deliverables"), e -> {
            Dialog dialog = new Dialog();
            dialog.setId("deliverables-dialog");
            dialog.setHeaderTitle(d.title());
            dialog.add(new LinkedDocumentsPanel(documents, conventionId,
                    LinkTarget.MILESTONE, d.id(), canEditMilestones));
            dialog.getFooter().add(new Button(getTranslation("action.close"), x -> dialog.close()));
            dialog.open();
        });
        deliverables.setId("deliverables-" + d.id());
        actions.add(deliverables);
        if (canEditMilestones && !d.done()) {
            Button done = new Button(getTranslation("milestone.markDone"), e -> {
                milestoneService.markDone(d.id());
                refresh();
            });
            done.setId("milestone-done-" + d.id());
            actions.add(done);
        }
        return actions;
    }

    private HorizontalLayout meetingActions(MeetingDetails m) {
        HorizontalLayout actions = new HorizontalLayout();
        Button agendaButton = new Button(getTranslation("agenda.open"), e -> new AgendaItemsDialog(agendaService, m,
                canSchedule, objectives.byField(conventionId).stream().flatMap(f -> f.objectives().stream()).toList(),
                documents.search(conventionId, DocumentQuery.all())).open());
        agendaButton.setId("agenda-" + m.id());
        actions.add(agendaButton, discussions.button(DiscussionKind.MEETING, m.id(), "meeting-discussion-" + m.id(),
                m.title()));
        if (!canSchedule) {
            return actions;
        }
        if (m.status() == MeetingStatus.PLANNED) {
            Button convene = new Button(getTranslation("calendar.convene"), e -> {
                meetings.convene(m.id());
                Notifications.success("calendar.convened");
                refresh();
            });
            convene.setId("convene-" + m.id());
            actions.add(convene);
        }
        if (m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.CONVENED) {
            Button move = new Button(getTranslation("calendar.move"), e -> new MoveMeetingDialog(meetings, m, this::refresh).open());
            move.setId("move-" + m.id());
            Button cancel = new Button(getTranslation("calendar.cancelMeeting"), e -> {
                meetings.cancel(m.id());
                Notifications.success("calendar.cancelled");
                refresh();
            });
            cancel.setId("cancel-" + m.id());
            actions.add(move, cancel);
        }
        if (m.status() == MeetingStatus.HELD) {
            Button minutes = new Button(getTranslation("calendar.minutes"),
                    e -> getUI().ifPresent(ui -> pages.address(PageRef.minutesOfMeeting(m.id())).navigate(ui)));
            minutes.setId("minutes-" + m.id());
            actions.add(minutes);
        }
        if (m.status() != MeetingStatus.CANCELLED) {
            Button attendance = new Button(getTranslation("calendar.attendance"),
                    e -> new AttendanceDialog(meetings, convocations, m, accounts.members(conventionId), this::refresh).open());
            attendance.setId("attendance-" + m.id());
            actions.add(attendance);
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
