package fr.ctg.evaluation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.TimeConfig;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.MarkdownBlock;
import fr.ctg.base.ui.Notifications;
import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.collaboration.Participant;
import fr.ctg.collaboration.PresenceSnapshot;
import fr.ctg.collaboration.ui.CoEditingSession;
import fr.ctg.collaboration.ui.ConflictChoiceDialog;
import fr.ctg.collaboration.ui.PresenceBar;
import fr.ctg.collaboration.ui.RevisionHistoryPanel;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.evaluation.CallQuestionFeedRow;
import fr.ctg.evaluation.CallQuestionRef;
import fr.ctg.evaluation.EvaluationTopics;
import fr.ctg.evaluation.EvaluativeQuestionChanged;
import fr.ctg.evaluation.EvaluativeQuestionDetails;
import fr.ctg.evaluation.EvaluativeQuestionService;
import fr.ctg.evaluation.IndicatorFeedRow;
import fr.ctg.evaluation.QuestionDiff;
import fr.ctg.evaluation.QuestionDraft;
import fr.ctg.evaluation.QuestionField;
import fr.ctg.evaluation.QuestionSaveOutcome;
import fr.ctg.evaluation.QuestionStatus;
import fr.ctg.indicator.IndicatorSummary;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One evaluative question, written together like an article: who else is here and which field each writes, their
 * saves appearing live in the fields one has not touched, no lost update (merge, or both wordings side by side), every
 * version compared word by word; its status (start the evaluation, validate the answer, reopen), and everything that
 * feeds it — the indicators with their latest value, target and source, the contribution questions with how many
 * answers they received — which editors attach and detach.
 */
@Route("evaluation/:questionId([0-9]+)")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class EvaluativeQuestionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EvaluativeQuestionService service;
    private final CurrentConvention currentConvention;
    private final CollaborationHub hub;
    private final CtgUser user;
    private final H2 heading = new H2();
    private final Paragraph versionLine = new Paragraph();
    private final Paragraph banner = new Paragraph();
    private final Span statusLine = new Span();
    private final Span validationLine = new Span();
    private final Button start = new Button();
    private final Button validate = new Button();
    private final Button reopen = new Button();
    private final PresenceBar presence = new PresenceBar("evaluation.presence.alone", "evaluation.presence.others");
    private final Map<QuestionField, TextArea> fields = new EnumMap<>(QuestionField.class);
    private final Div preview = new Div();
    private final Set<QuestionField> touched = EnumSet.noneOf(QuestionField.class);
    private final CoEditingSession session = new CoEditingSession();
    private final Grid<IndicatorFeedRow> indicatorGrid = new Grid<>();
    private final Grid<CallQuestionFeedRow> callGrid = new Grid<>();
    private final Paragraph noIndicator = new Paragraph();
    private final Paragraph noCall = new Paragraph();
    private EvaluativeQuestionDetails details;
    private QuestionStatus status;
    private String validatedBy;
    private Instant validatedAt;
    private boolean canEdit;
    private RevisionHistoryPanel historyPanel;
    private boolean loading;
    private String editorName = "";

    EvaluativeQuestionView(EvaluativeQuestionService service, CurrentConvention currentConvention,
                           CollaborationHub hub, CurrentUser currentUser) {
        this.service = service;
        this.currentConvention = currentConvention;
        this.hub = hub;
        this.user = currentUser.require();
        addClassName("ctg-text-editor");
        heading.setId("question-heading");
        versionLine.setId("question-version");
        banner.setId("question-banner");
        banner.addClassName("ctg-banner");
        banner.setVisible(false);
        banner.getElement().setAttribute("role", "status");
        statusLine.setId("question-status");
        statusLine.getElement().setAttribute("aria-live", "polite");
        validationLine.setId("question-validation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        long id = event.getRouteParameters().getLong("questionId").orElseThrow(NotFoundException::new);
        details = service.question(id);
        if (details.conventionId() != conventionId) {
            throw new NotFoundException();
        }
        canEdit = service.canEdit(conventionId);
        editorName = service.lastEditor(id);
        for (QuestionField f : QuestionField.values()) {
            TextArea area = new TextArea(getTranslation(f.labelKey()));
            area.setId("question-" + f.name().toLowerCase());
            area.setWidthFull();
            area.setReadOnly(!canEdit);
            if (f != QuestionField.TEXT) {
                area.setHelperText(getTranslation("minutes.section.markdownHelp"));
                area.setMinHeight(f == QuestionField.ANSWER ? "14em" : "6em");
            } else {
                area.setMaxLength(2000);
            }
            area.addValueChangeListener(e -> {
                if (e.isFromClient() && !loading) {
                    touched.add(f);
                }
            });
            area.addFocusListener(e -> focus(f, true));
            area.addBlurListener(e -> focus(f, false));
            fields.put(f, area);
        }
        load(details.draft());
        showStatus(details.status(), details.validatedByName(), details.validatedAt());

        preview.setId("question-preview");
        preview.addClassName("ctg-preview");
        preview.setVisible(false);
        Button show = new Button(getTranslation("minutes.section.preview"), e -> {
            preview.removeAll();
            preview.add(MarkdownBlock.of(fields.get(QuestionField.ANSWER).getValue()));
            preview.setVisible(true);
        });
        show.setId("question-preview-button");
        Button save = new Button(getTranslation("evaluation.save"), e -> save());
        save.setId("question-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(canEdit);

        start.setText(getTranslation("evaluation.start"));
        start.setId("question-start");
        start.addClickListener(e -> statusAction(() -> service.startEvaluation(id), "evaluation.started"));
        validate.setText(getTranslation("evaluation.validate"));
        validate.setId("question-validate");
        validate.addClickListener(e -> statusAction(() -> service.validateAnswer(id), "evaluation.validatedDone"));
        reopen.setText(getTranslation("evaluation.reopen"));
        reopen.setId("question-reopen");
        reopen.addClickListener(e -> statusAction(() -> service.reopen(id), "evaluation.reopened"));
        showStatus(status, validatedBy, validatedAt);

        historyPanel = new RevisionHistoryPanel("question-history", new RevisionHistoryPanel.Source() {
            @Override
            public List<RevisionHistoryPanel.Row> revisions() {
                return service.history(id).stream().map(r -> {
                    List<String> keys = new ArrayList<>(r.changed().stream().map(QuestionField::labelKey).toList());
                    if (r.statusChanged()) {
                        keys.add("evaluation.field.STATUS");
                    }
                    return new RevisionHistoryPanel.Row(r.revision(), r.versionNumber(), r.at(), r.displayName(), keys);
                }).toList();
            }

            @Override
            public List<RevisionHistoryPanel.Change> diff(long a, long b) {
                QuestionDiff d = service.diff(id, a, b);
                List<RevisionHistoryPanel.Change> out = new ArrayList<>();
                for (QuestionDiff.FieldChange c : d.changes()) {
                    out.add(RevisionHistoryPanel.Change.ofText(c.field().labelKey(), c.words()));
                }
                if (d.statusBefore() != d.statusAfter()) {
                    out.add(RevisionHistoryPanel.Change.ofValue("evaluation.field.STATUS", d.statusBefore().labelKey(),
                            d.statusAfter().labelKey()));
                }
                return out;
            }
        }, canEdit, this::restore);

        VerticalLayout edit = new VerticalLayout();
        edit.setPadding(false);
        fields.values().forEach(edit::add);
        edit.add(new HorizontalLayout(save, show), preview);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("evaluation.tab.question"), edit);
        Tab historyTab = tabs.add(getTranslation("objective.tab.history"), historyPanel);
        tabs.addSelectedChangeListener(e -> historyPanel.setShowing(e.getSelectedTab() == historyTab));

        RouterLink back = new RouterLink(getTranslation("evaluation.back"), EvaluationView.class);
        back.setId("question-back");
        String groups = details.groups().isEmpty() ? getTranslation("evaluation.groups.none")
                : details.groups().stream().map(ThematicGroupRef::name).collect(Collectors.joining(", "));
        Paragraph classification = new Paragraph(getTranslation(details.track().labelKey()) + " · " + groups);
        classification.setId("question-classification");
        HorizontalLayout statusBar = new HorizontalLayout(statusLine, validationLine, start, validate, reopen);
        statusBar.setAlignItems(Alignment.BASELINE);
        removeAll();
        add(back, new HorizontalLayout(heading, presence), classification, statusBar, versionLine, banner, tabs,
                feeds(conventionId, id));
        showHeader();
    }

    // --- what feeds the question ---------------------------------------------------------------------------------

    private VerticalLayout feeds(long conventionId, long id) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("question-feeds");
        box.add(new H3(getTranslation("evaluation.feeds.heading")));

        box.add(new H4(getTranslation("evaluation.indicators.heading")));
        indicatorGrid.setId("question-indicators");
        indicatorGrid.setAllRowsVisible(true);
        indicatorGrid.addColumn(IndicatorFeedRow::code).setHeader(getTranslation("evaluation.indicator.code"))
                .setAutoWidth(true);
        indicatorGrid.addColumn(IndicatorFeedRow::name).setHeader(getTranslation("evaluation.indicator.name"))
                .setFlexGrow(2);
        indicatorGrid.addColumn(IndicatorFeedRow::groupName).setHeader(getTranslation("evaluation.indicator.group"))
                .setAutoWidth(true);
        indicatorGrid.addColumn(this::lastValue).setHeader(getTranslation("evaluation.indicator.last"))
                .setAutoWidth(true);
        indicatorGrid.addColumn(r -> r.target() == null ? "—" : Formats.number(r.target(), getLocale()) + " " + r.unit())
                .setHeader(getTranslation("evaluation.indicator.target")).setAutoWidth(true);
        indicatorGrid.addColumn(this::source).setHeader(getTranslation("evaluation.indicator.source"))
                .setAutoWidth(true);
        if (canEdit) {
            indicatorGrid.addComponentColumn(r -> {
                Button detach = new Button(getTranslation("evaluation.detach"),
                        e -> act(() -> service.detachIndicator(id, r.indicatorId()), "evaluation.detached"));
                detach.getElement().setAttribute("aria-label", getTranslation("evaluation.detachNamed", r.code() + " " + r.name()));
                detach.setId("question-indicator-detach-" + r.indicatorId());
                detach.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return detach;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        noIndicator.setText(getTranslation("evaluation.indicators.none"));
        box.add(noIndicator, indicatorGrid);
        if (canEdit) {
            ComboBox<IndicatorSummary> choice = new ComboBox<>(getTranslation("evaluation.indicator.choice"));
            choice.setId("question-indicator-choice");
            choice.setItems(service.indicatorChoices(conventionId));
            choice.setItemLabelGenerator(i -> (i.code() == null ? "" : i.code() + " — ") + i.name());
            choice.setWidth("28em");
            Button attach = new Button(getTranslation("evaluation.attach"), e -> {
                if (choice.getValue() != null) {
                    long indicatorId = choice.getValue().id();
                    act(() -> service.attachIndicator(id, indicatorId), "evaluation.attached");
                    choice.clear();
                }
            });
            attach.setId("question-indicator-attach");
            HorizontalLayout row = new HorizontalLayout(choice, attach);
            row.setAlignItems(Alignment.BASELINE);
            box.add(row);
        }

        box.add(new H4(getTranslation("evaluation.calls.heading")));
        callGrid.setId("question-calls");
        callGrid.setAllRowsVisible(true);
        callGrid.addColumn(r -> r.ref().callTitle()).setHeader(getTranslation("evaluation.call.title")).setFlexGrow(2);
        callGrid.addColumn(r -> (r.ref().questionIndex() + 1) + ". " + r.ref().questionLabel())
                .setHeader(getTranslation("evaluation.call.question")).setFlexGrow(2);
        callGrid.addColumn(CallQuestionFeedRow::answers).setHeader(getTranslation("evaluation.call.answers"))
                .setAutoWidth(true).setFlexGrow(0);
        if (canEdit) {
            callGrid.addComponentColumn(r -> {
                Button detach = new Button(getTranslation("evaluation.detach"), e -> act(() ->
                        service.detachCallQuestion(id, r.ref().callId(), r.ref().questionIndex()), "evaluation.detached"));
                detach.setId("question-call-detach-" + r.ref().callId() + "-" + r.ref().questionIndex());
                detach.getElement().setAttribute("aria-label", getTranslation("evaluation.detachNamed",
                        r.ref().questionLabel()));
                detach.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return detach;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        noCall.setText(getTranslation("evaluation.calls.none"));
        box.add(noCall, callGrid);
        if (canEdit) {
            ComboBox<CallQuestionRef> choice = new ComboBox<>(getTranslation("evaluation.call.choice"));
            choice.setId("question-call-choice");
            choice.setItems(service.callQuestionChoices(conventionId));
            choice.setItemLabelGenerator(r -> getTranslation("evaluation.call.label", r.callTitle(),
                    r.questionIndex() + 1, r.questionLabel()));
            choice.setWidth("28em");
            Button attach = new Button(getTranslation("evaluation.attach"), e -> {
                CallQuestionRef r = choice.getValue();
                if (r != null) {
                    act(() -> service.attachCallQuestion(id, r.callId(), r.questionIndex()), "evaluation.attached");
                    choice.clear();
                }
            });
            attach.setId("question-call-attach");
            HorizontalLayout row = new HorizontalLayout(choice, attach);
            row.setAlignItems(Alignment.BASELINE);
            box.add(row);
        }
        refreshFeeds();
        return box;
    }

    private void refreshFeeds() {
        List<IndicatorFeedRow> indicators = service.indicators(details.id());
        indicatorGrid.setItems(indicators);
        indicatorGrid.setVisible(!indicators.isEmpty());
        noIndicator.setVisible(indicators.isEmpty());
        List<CallQuestionFeedRow> calls = service.callQuestions(details.id());
        callGrid.setItems(calls);
        callGrid.setVisible(!calls.isEmpty());
        noCall.setVisible(calls.isEmpty());
    }

    private String lastValue(IndicatorFeedRow r) {
        return r.value() == null ? getTranslation("evaluation.indicator.noValue")
                : getTranslation("evaluation.indicator.lastValue", r.period(), Formats.number(r.value(), getLocale()),
                r.unit());
    }

    private String source(IndicatorFeedRow r) {
        if (r.source() == null) {
            return "—";
        }
        String kind = getTranslation(r.source().labelKey());
        return r.sourceDetail() == null || r.sourceDetail().isBlank() ? kind : kind + " (" + r.sourceDetail() + ")";
    }

    private void act(Supplier<EvaluativeQuestionDetails> action, String doneKey) {
        try {
            action.get();
            refreshFeeds();
            Notifications.success(doneKey);
        } catch (BusinessRuleException e) {
            Notifications.error(e);
        }
    }

    // --- status --------------------------------------------------------------------------------------------------

    private void statusAction(Supplier<EvaluativeQuestionDetails> action, String doneKey) {
        session.touch();
        try {
            EvaluativeQuestionDetails after = action.get();
            showStatus(after.status(), after.validatedByName(), after.validatedAt());
            if (touched.isEmpty()) {
                details = after;
                editorName = user.displayName();
                load(after.draft());
                showHeader();
            }
            historyPanel.markStale();
            Notifications.success(doneKey);
        } catch (BusinessRuleException e) {
            Notifications.error(e);
        }
    }

    private void showStatus(QuestionStatus newStatus, String by, Instant at) {
        status = newStatus;
        validatedBy = by;
        validatedAt = at;
        statusLine.setText(getTranslation("evaluation.status.line", getTranslation(newStatus.labelKey())));
        if (by != null && at != null) {
            DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(TimeConfig.ZONE);
            validationLine.setText(getTranslation("evaluation.validated", by, f.format(at)));
            validationLine.setVisible(true);
        } else {
            validationLine.setVisible(false);
        }
        start.setVisible(canEdit && newStatus == QuestionStatus.NEGOTIATED);
        validate.setVisible(canEdit && newStatus == QuestionStatus.BEING_EVALUATED);
        reopen.setVisible(canEdit && newStatus == QuestionStatus.ANSWERED);
        TextArea answer = fields.get(QuestionField.ANSWER);
        if (answer != null) {
            answer.setReadOnly(!canEdit || newStatus == QuestionStatus.ANSWERED);
        }
    }

    // --- co-editing ----------------------------------------------------------------------------------------------

    private void load(QuestionDraft draft) {
        loading = true;
        fields.forEach((f, area) -> area.setValue(f.valueIn(draft)));
        loading = false;
        touched.clear();
    }

    private QuestionDraft read() {
        return new QuestionDraft(fields.get(QuestionField.TEXT).getValue(), fields.get(QuestionField.CRITERIA).getValue(),
                fields.get(QuestionField.SOURCES).getValue(), fields.get(QuestionField.ANSWER).getValue());
    }

    private void showHeader() {
        heading.setText(getTranslation("evaluation.question.heading", details.number(), details.text()));
        versionLine.setText(getTranslation("objective.version", details.versionNumber(), editorName));
    }


    @Override
    protected void onAttach(AttachEvent event) {
        session.attach(event.getUI(), hub, EvaluationTopics.question(details.id()), user.accountId(),
                user.displayName(), EvaluativeQuestionChanged.class, this::changedElsewhere, this::presenceChanged);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        session.detach();
    }

    private void focus(QuestionField field, boolean focused) {
        if (canEdit) {
            session.focus(field.name(), focused);
        }
    }

    private void presenceChanged(PresenceSnapshot snapshot) {
        presence.show(snapshot.othersThan(session.participantKey()));
        fields.forEach((f, area) -> {
            String editor = snapshot.editorOf(f.name(), session.participantKey()).map(Participant::displayName)
                    .orElse(null);
            String help = f == QuestionField.TEXT ? null : getTranslation("minutes.section.markdownHelp");
            area.setHelperText(editor == null ? help : getTranslation("objective.editing.by", editor));
            area.getElement().getClassList().set("ctg-field-busy", editor != null);
        });
    }

    private void changedElsewhere(EvaluativeQuestionChanged event) {
        if (event.version() <= details.version()) {
            return;
        }
        showStatus(event.status(), event.validatedByName(), event.validatedAt());
        if (touched.isEmpty()) {
            details = moved(details, event);
            editorName = event.actorName();
            load(event.draft());
            banner.setVisible(false);
            showHeader();
        } else {
            loading = true;
            fields.forEach((f, area) -> {
                if (!touched.contains(f)) {
                    area.setValue(f.valueIn(event.draft()));
                }
            });
            loading = false;
            banner.setText(getTranslation("objective.banner.savedElsewhere", event.actorName()));
            banner.setVisible(true);
            versionLine.setText(getTranslation("objective.version", event.versionNumber(), event.actorName()));
        }
        historyPanel.markStale();
    }

    private static EvaluativeQuestionDetails moved(EvaluativeQuestionDetails d, EvaluativeQuestionChanged e) {
        QuestionDraft x = e.draft();
        return new EvaluativeQuestionDetails(d.id(), d.conventionId(), d.number(), x.text(), d.track(), d.groups(),
                blankToNull(x.criteria()), blankToNull(x.sources()), blankToNull(x.answer()), e.status(),
                e.validatedByName(), e.validatedAt(), d.indicatorIds(), d.callQuestions(), e.version());
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private void save() {
        session.touch();
        try {
            handle(service.save(details.id(), details.version(), read()));
        } catch (BusinessRuleException e) {
            Notifications.error(e);
        }
    }

    private void restore(long revision) {
        try {
            handle(service.restore(details.id(), revision, details.version()));
        } catch (BusinessRuleException e) {
            Notifications.error(e);
        }
    }

    private void handle(QuestionSaveOutcome outcome) {
        switch (outcome) {
            case QuestionSaveOutcome.Saved saved -> {
                details = saved.details();
                editorName = user.displayName();
                load(details.draft());
                banner.setVisible(false);
                showStatus(details.status(), details.validatedByName(), details.validatedAt());
                showHeader();
                historyPanel.markStale();
                if (saved.mergedFromOthers().isEmpty()) {
                    Notifications.success("objective.saved", details.versionNumber());
                } else {
                    Notifications.success("objective.savedMerged", details.versionNumber(), saved.mergedFromOthers()
                            .stream().map(f -> getTranslation(f.labelKey())).collect(Collectors.joining(", ")));
                }
            }
            case QuestionSaveOutcome.Conflict conflict -> new ConflictChoiceDialog(
                    ConflictChoiceDialog.sides(conflict.conflicts(), QuestionField::labelKey), conflict.lastEditor(), keepMine -> {
                        QuestionDraft resolved = conflict.merged();
                        for (int i = 0; i < conflict.conflicts().size(); i++) {
                            var c = conflict.conflicts().get(i);
                            resolved = resolved.with(c.field(), (String) (keepMine.get(i) ? c.mine() : c.theirs()));
                        }
                        try {
                            handle(service.save(details.id(), conflict.current().version(), resolved));
                        } catch (BusinessRuleException e) {
                            Notifications.error(e);
                        }
                    }).open();
        }
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("evaluation.title")
                : getTranslation("evaluation.question.heading", details.number(), details.text());
    }
}
