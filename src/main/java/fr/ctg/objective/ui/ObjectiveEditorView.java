package fr.ctg.objective.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.collaboration.Participant;
import fr.ctg.collaboration.PresenceSnapshot;
import fr.ctg.collaboration.ui.CoEditingSession;
import fr.ctg.collaboration.ui.PresenceBar;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.document.LinkTarget;
import fr.ctg.document.ui.LinkedDocumentsPanel;
import fr.ctg.objective.ObjectiveChanged;
import fr.ctg.objective.ObjectiveDetails;
import fr.ctg.objective.ObjectiveEditingService;
import fr.ctg.objective.ObjectiveField;
import fr.ctg.objective.ObjectiveTopics;
import fr.ctg.objective.ObjectiveValidationException;
import fr.ctg.objective.SaveOutcome;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * One objective, edited together: who else is here, which field each of them edits, their saves
 * appearing live, no lost update on save (merge or side-by-side conflict), history and discussion.
 */
@Route("objectifs/:objectiveId([0-9]+)")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class ObjectiveEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ObjectiveEditingService editing;
    private final ObjectiveEditorServices services;
    private final CollaborationHub hub;
    private final CtgUser user;
    private final H2 title = new H2();
    private final Paragraph versionLine = new Paragraph();
    private final Paragraph banner = new Paragraph();
    private final PresenceBar presence = new PresenceBar("objective.presence.alone", "objective.presence.others");
    private final CoEditingSession session = new CoEditingSession();
    private ObjectiveDetails details;
    private ObjectiveChoices choices;
    private ObjectiveForm form;
    private ObjectiveHistoryPanel historyPanel;
    private Component discussionPanel;

    ObjectiveEditorView(ObjectiveEditingService editing, ObjectiveEditorServices services, CollaborationHub hub,
                        CurrentUser currentUser) {
        this.editing = editing;
        this.services = services;
        this.hub = hub;
        this.user = currentUser.require();
        addClassName("ctg-objective-editor");
        title.setId("objective-title-heading");
        versionLine.setId("objective-version");
        banner.setId("objective-banner");
        banner.addClassName("ctg-banner");
        banner.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("objectiveId").orElseThrow(NotFoundException::new);
        details = editing.get(id);
        choices = services.choices(details);
        form = new ObjectiveForm(choices, this::focusChanged);
        form.load(details.draft());
        form.setEditable(details.canEdit());
        historyPanel = new ObjectiveHistoryPanel(services.history(), choices, id, details.canEdit(), this::restore);
        discussionPanel = services.discussions().panel(DiscussionKind.OBJECTIVE, id, "comment");

        Button save = new Button(getTranslation("objective.save"), e -> save());
        save.setId("objective-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(details.canEdit());
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("objective.tab.edit"), new VerticalLayout(form, children(), save,
                new LinkedDocumentsPanel(services.documents(), details.conventionId(), LinkTarget.OBJECTIVE, id,
                        details.canEdit()), new ObjectiveReferencesPanel(services.references(), services.pages(), id)));
        Tab historyTab = tabs.add(getTranslation("objective.tab.history"), historyPanel);
        tabs.addSelectedChangeListener(e -> historyPanel.setShowing(e.getSelectedTab() == historyTab));
        tabs.add(getTranslation("objective.tab.discussion"), discussionPanel);
        removeAll();
        add(new HorizontalLayout(title, presence), versionLine, banner);
        services.objectives().carriedFrom(id).ifPresent(previous -> {
            RouterLink link = new RouterLink(getTranslation("objective.carriedFrom"), ObjectiveEditorView.class,
                    new RouteParameters("objectiveId", String.valueOf(previous)));
            link.setId("objective-carried-from");
            add(link);
        });
        add(tabs);
        showHeader();
    }

    private Div children() {
        Div box = new Div();
        box.setId("objective-children");
        if (!details.children().isEmpty()) {
            box.add(new Paragraph(getTranslation("objective.children", details.rolledUpProgress(),
                    details.children().stream().map(c -> c.title() + " (" + c.progress() + " %)")
                            .collect(Collectors.joining(" ; ")))));
        }
        return box;
    }

    private void showHeader() {
        title.setText(details.draft().title());
        versionLine.setText(getTranslation("objective.version", details.versionNumber(), details.updatedBy()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        session.attach(event.getUI(), hub, ObjectiveTopics.objective(details.id()), user.accountId(),
                user.displayName(), ObjectiveChanged.class, this::changedElsewhere, this::presenceChanged);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        session.detach();
    }

    private void focusChanged(ObjectiveField field, boolean focused) {
        if (details.canEdit()) {
            session.focus(field.name(), focused);
        }
    }

    private void presenceChanged(PresenceSnapshot snapshot) {
        presence.show(snapshot.othersThan(session.participantKey()));
        for (ObjectiveField f : ObjectiveField.values()) {
            form.markEditor(f, snapshot.editorOf(f.name(), session.participantKey())
                    .map(Participant::displayName).orElse(null));
        }
    }

    private void changedElsewhere(ObjectiveChanged event) {
        if (event.version() <= details.version()) {
            return; // our own save, or older news
        }
        if (form.touched().isEmpty()) {
            details = details.movedTo(event.version(), event.draft(), event.actorName());
            form.load(event.draft());
            title.setText(event.draft().title());
            banner.setVisible(false);
        } else {
            form.takeUntouched(event.draft());
            banner.setText(getTranslation("objective.banner.savedElsewhere", event.actorName()));
            banner.setVisible(true);
        }
        versionLine.setText(getTranslation("objective.version", event.versionNumber(), event.actorName()));
        historyPanel.markStale();
    }

    private void save() {
        session.touch();
        try {
            handle(editing.save(details.id(), details.version(), form.read()));
        } catch (ObjectiveValidationException e) {
            form.showError(e.getField(), Notifications.message(e));
            Notifications.error(e);
        } catch (BusinessRuleException e) {
            Notifications.error(e);
        }
    }

    private void restore(long revision) {
        try {
            handle(editing.restore(details.id(), revision, details.version()));
        } catch (BusinessRuleException e) {
            Notifications.error(e);
        }
    }

    private void handle(SaveOutcome outcome) {
        switch (outcome) {
            case SaveOutcome.Saved saved -> {
                details = saved.details();
                form.load(details.draft());
                banner.setVisible(false);
                showHeader();
                historyPanel.markStale();
                if (saved.mergedFromOthers().isEmpty()) {
                    Notifications.success("objective.saved", details.versionNumber());
                } else {
                    Notifications.success("objective.savedMerged", details.versionNumber(), saved.mergedFromOthers()
                            .stream().map(f -> getTranslation(f.labelKey())).collect(Collectors.joining(", ")));
                }
            }
            case SaveOutcome.Conflict conflict -> ConflictDialog.of(conflict, choices, resolved -> {
                try {
                    handle(editing.save(details.id(), conflict.current().version(), resolved));
                } catch (ObjectiveValidationException e) {
                    form.showError(e.getField(), Notifications.message(e));
                    Notifications.error(e);
                }
            }).open();
        }
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("objectives.title")
                : getTranslation("objective.pageTitle", details.draft().title());
    }
}
