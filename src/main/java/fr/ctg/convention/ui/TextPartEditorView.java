package fr.ctg.convention.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.ui.MarkdownBlock;
import fr.ctg.base.ui.Notifications;
import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.collaboration.Participant;
import fr.ctg.collaboration.PresenceSnapshot;
import fr.ctg.collaboration.ui.CoEditingSession;
import fr.ctg.collaboration.ui.ConflictChoiceDialog;
import fr.ctg.collaboration.ui.PresenceBar;
import fr.ctg.convention.ConventionTextChanged;
import fr.ctg.convention.ConventionTextService;
import fr.ctg.convention.ConventionTopics;
import fr.ctg.convention.TextDraft;
import fr.ctg.convention.TextPart;
import fr.ctg.convention.TextPartDetails;
import fr.ctg.convention.TextPartField;
import fr.ctg.convention.TextSaveOutcome;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One article or annex of the convention, written together like an objective: who else is here and which field
 * each of them writes, their saves appearing live in the fields one has not touched, no lost update on save (merge,
 * or both wordings side by side), every version and a word-by-word comparison.
 */
@Route("convention/:part(article|annexe)/:number([0-9]+)")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class TextPartEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConventionTextService texts;
    private final CurrentConvention currentConvention;
    private final CollaborationHub hub;
    private final CtgUser user;
    private final H2 heading = new H2();
    private final Paragraph versionLine = new Paragraph();
    private final Paragraph banner = new Paragraph();
    private final PresenceBar presence = new PresenceBar("convention.text.presence.alone", "convention.text.presence.others");
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Checkbox provided = new Checkbox();
    private final Div preview = new Div();
    private final Set<TextPartField> touched = EnumSet.noneOf(TextPartField.class);
    private final CoEditingSession session = new CoEditingSession();
    private TextPartDetails details;
    private TextHistoryPanel historyPanel;
    private boolean loading;

    TextPartEditorView(ConventionTextService texts, CurrentConvention currentConvention, CollaborationHub hub,
                       CurrentUser currentUser) {
        this.texts = texts;
        this.currentConvention = currentConvention;
        this.hub = hub;
        this.user = currentUser.require();
        addClassName("ctg-text-editor");
        heading.setId("text-heading");
        versionLine.setId("text-version");
        banner.setId("text-banner");
        banner.addClassName("ctg-banner");
        banner.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        TextPart part = "annexe".equals(event.getRouteParameters().get("part").orElse(""))
                ? TextPart.ANNEX : TextPart.ARTICLE;
        int number = event.getRouteParameters().getInteger("number").orElseThrow(NotFoundException::new);
        details = texts.get(conventionId, part, number);
        title.setLabel(getTranslation("convention.text.field.TITLE"));
        title.setId("text-title");
        title.setMaxLength(300);
        title.setWidthFull();
        body.setLabel(getTranslation("convention.text.field.BODY"));
        body.setId("text-body");
        body.setHelperText(getTranslation("minutes.section.markdownHelp"));
        body.setWidthFull();
        body.setMinHeight("14em");
        provided.setLabel(getTranslation("convention.text.field.PROVIDED"));
        provided.setId("text-provided");
        provided.setVisible(part == TextPart.ANNEX);
        track(TextPartField.TITLE, title);
        track(TextPartField.BODY, body);
        provided.addValueChangeListener(e -> {
            if (e.isFromClient() && !loading) {
                touched.add(TextPartField.PROVIDED);
            }
        });
        load(details.draft());
        boolean edit = details.canEdit();
        title.setReadOnly(!edit);
        body.setReadOnly(!edit);
        provided.setReadOnly(!edit);
        preview.setId("text-preview");
        preview.addClassName("ctg-preview");
        preview.setVisible(false);
        Button show = new Button(getTranslation("minutes.section.preview"), e -> {
            preview.removeAll();
            preview.add(MarkdownBlock.of(body.getValue()));
            preview.setVisible(true);
        });
        show.setId("text-preview-button");
        Button save = new Button(getTranslation("convention.text.save"), e -> save());
        save.setId("text-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(edit);
        historyPanel = new TextHistoryPanel(texts, conventionId, part, number, edit, this::restore);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("objective.tab.edit"), new VerticalLayout(title, body, provided,
                new HorizontalLayout(save, show), preview));
        Tab historyTab = tabs.add(getTranslation("objective.tab.history"), historyPanel);
        tabs.addSelectedChangeListener(e -> historyPanel.setShowing(e.getSelectedTab() == historyTab));
        RouterLink back = new RouterLink(getTranslation("convention.text.back"), ConventionView.class);
        back.setId("text-back");
        removeAll();
        add(back, new HorizontalLayout(heading, presence), versionLine, banner, tabs);
        showHeader();
    }

    private void track(TextPartField field, TextField f) {
        f.addValueChangeListener(e -> {
            if (e.isFromClient() && !loading) {
                touched.add(field);
            }
        });
        f.addFocusListener(e -> focus(field, true));
        f.addBlurListener(e -> focus(field, false));
    }

    private void track(TextPartField field, TextArea f) {
        f.addValueChangeListener(e -> {
            if (e.isFromClient() && !loading) {
                touched.add(field);
            }
        });
        f.addFocusListener(e -> focus(field, true));
        f.addBlurListener(e -> focus(field, false));
    }

    private void load(TextDraft draft) {
        loading = true;
        title.setValue(draft.title());
        body.setValue(draft.body());
        provided.setValue(draft.provided());
        loading = false;
        touched.clear();
    }

    private TextDraft read() {
        return new TextDraft(title.getValue(), body.getValue(), provided.getValue());
    }

    private void showHeader() {
        heading.setText(getTranslation(details.part().headingKey(), details.number(), details.draft().title()));
        versionLine.setText(getTranslation("objective.version", details.versionNumber(), details.updatedBy()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        session.attach(event.getUI(), hub, ConventionTopics.textPart(details.conventionId(), details.part(),
                details.number()), user.accountId(), user.displayName(), ConventionTextChanged.class,
                this::changedElsewhere, this::presenceChanged);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        session.detach();
    }

    private void focus(TextPartField field, boolean focused) {
        if (details.canEdit()) {
            session.focus(field.name(), focused);
        }
    }

    private void presenceChanged(PresenceSnapshot snapshot) {
        presence.show(snapshot.othersThan(session.participantKey()));
        mark(title, snapshot, TextPartField.TITLE);
        mark(body, snapshot, TextPartField.BODY);
    }

    private <C extends Component & HasHelper> void mark(C field, PresenceSnapshot snapshot, TextPartField f) {
        String editor = snapshot.editorOf(f.name(), session.participantKey()).map(Participant::displayName).orElse(null);
        String help = f == TextPartField.BODY ? getTranslation("minutes.section.markdownHelp") : null;
        field.setHelperText(editor == null ? help : getTranslation("objective.editing.by", editor));
        field.getElement().getClassList().set("ctg-field-busy", editor != null);
    }

    private void changedElsewhere(ConventionTextChanged event) {
        if (event.version() <= details.version()) {
            return;
        }
        if (touched.isEmpty()) {
            details = details.movedTo(event.version(), event.draft(), event.actorName());
            load(event.draft());
            banner.setVisible(false);
            showHeader();
        } else {
            loading = true;
            if (!touched.contains(TextPartField.TITLE)) {
                title.setValue(event.draft().title());
            }
            if (!touched.contains(TextPartField.BODY)) {
                body.setValue(event.draft().body());
            }
            if (!touched.contains(TextPartField.PROVIDED)) {
                provided.setValue(event.draft().provided());
            }
            loading = false;
            banner.setText(getTranslation("objective.banner.savedElsewhere", event.actorName()));
            banner.setVisible(true);
            versionLine.setText(getTranslation("objective.version", event.versionNumber(), event.actorName()));
        }
        historyPanel.markStale();
    }

    private void save() {
        session.touch();
        try {
            handle(texts.save(details.conventionId(), details.part(), details.number(), details.version(), read()));
        } catch (BusinessRuleException e) {
            Notifications.error(e);
        }
    }

    private void restore(long revision) {
        try {
            handle(texts.restore(details.conventionId(), details.part(), details.number(), revision,
                    details.version()));
        } catch (BusinessRuleException e) {
            Notifications.error(e);
        }
    }

    private void handle(TextSaveOutcome outcome) {
        switch (outcome) {
            case TextSaveOutcome.Saved saved -> {
                details = saved.details();
                load(details.draft());
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
            case TextSaveOutcome.Conflict conflict -> new ConflictChoiceDialog(
                    ConflictChoiceDialog.sides(conflict.conflicts(), TextPartField::labelKey), conflict.lastEditor(), keepMine -> {
                        TextDraft resolved = conflict.merged();
                        for (int i = 0; i < conflict.conflicts().size(); i++) {
                            var c = conflict.conflicts().get(i);
                            resolved = resolved.with(c.field(), keepMine.get(i) ? c.mine() : c.theirs());
                        }
                        try {
                            handle(texts.save(details.conventionId(), details.part(), details.number(),
                                    conflict.current().version(), resolved));
                        } catch (BusinessRuleException e) {
                            Notifications.error(e);
                        }
                    }).open();
        }
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("convention.title")
                : getTranslation(details.part().headingKey(), details.number(), details.draft().title());
    }
}
