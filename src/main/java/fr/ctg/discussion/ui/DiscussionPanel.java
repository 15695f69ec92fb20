package fr.ctg.discussion.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.TimeConfig;
import fr.ctg.base.ui.Notifications;
import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.collaboration.UiCollaboration;
import fr.ctg.discussion.CommentRow;
import fr.ctg.discussion.DiscussionChanged;
import fr.ctg.discussion.DiscussionDetails;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionService;
import fr.ctg.security.CurrentUser;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An item's discussion: comments oldest first, their replies under them, a box to write; one's own comments can be
 * edited or removed, earlier wordings read. Refreshed when anyone changes it.
 */
class DiscussionPanel extends VerticalLayout {

    private final DiscussionService discussions;
    private final CollaborationHub hub;
    private final DiscussionKind kind;
    private final long itemId;
    private final Div thread = new Div();
    private final TextArea message = new TextArea();
    private DiscussionDetails details;
    private boolean stale;
    private Registration subscription;

    DiscussionPanel(DiscussionService discussions, CollaborationHub hub, DiscussionKind kind, long itemId,
                    String idPrefix) {
        this.discussions = discussions;
        this.hub = hub;
        this.kind = kind;
        this.itemId = itemId;
        setPadding(false);
        addClassName("ctg-discussion");
        thread.setId(idPrefix + "-thread");
        thread.addClassName("ctg-thread");
        add(thread);
        details = discussions.discussion(kind, itemId);
        if (details.canComment()) {
            message.setId(idPrefix + "-message");
            message.setLabel(getTranslation("discussion.label"));
            message.setWidthFull();
            message.setMaxLength(DiscussionService.MAX_COMMENT);
            message.setHelperText(getTranslation("discussion.help", discussions.mentionable(kind, itemId).stream()
                    .map(m -> "@" + m.username()).limit(8).collect(Collectors.joining(" "))));
            Button post = new Button(getTranslation("discussion.post"), e -> post());
            post.setId(idPrefix + "-post");
            post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(message, post);
        }
        render();
    }

    private void post() {
        attempt(message, () -> discussions.post(kind, itemId, message.getValue()));
    }

    /** Runs a write; on success the box empties and the thread is read again, on refusal the box says why. */
    private void attempt(TextArea box, Runnable write) {
        try {
            write.run();
            box.clear();
            box.setInvalid(false);
            refresh();
        } catch (BusinessRuleException e) {
            box.setErrorMessage(Notifications.message(e));
            box.setInvalid(true);
        }
    }

    void refresh() {
        stale = false;
        details = discussions.discussion(kind, itemId);
        render();
    }

    /**
     * Someone changed the discussion: it is read again, unless an answer or a new wording is being written under a
     * message (it would be lost); then it is read again when that box is sent or closed.
     */
    private void changedElsewhere() {
        if (writing()) {
            stale = true;
            return;
        }
        try {
            refresh();
        } catch (BusinessRuleException | CurrentUser.NotAuthenticatedException gone) {
            // the item or the session went meanwhile: the page says so at its next action
        }
    }

    private boolean writing() {
        return thread.getElement().getChildren().anyMatch(DiscussionPanel::holdsText);
    }

    private static boolean holdsText(com.vaadin.flow.dom.Element e) {
        if (e.getComponent().orElse(null) instanceof TextArea box && !box.getValue().isBlank()) {
            return true;
        }
        return e.getChildren().anyMatch(DiscussionPanel::holdsText);
    }

    private void render() {
        thread.removeAll();
        if (details.comments().isEmpty()) {
            thread.add(new Paragraph(getTranslation("discussion.none")));
        }
        for (CommentRow c : details.comments()) {
            Div item = comment(c);
            if (!c.replies().isEmpty()) {
                Div replies = new Div();
                replies.addClassName("ctg-replies");
                c.replies().forEach(r -> replies.add(comment(r)));
                item.add(replies);
            }
            thread.add(item);
        }
    }

    private Div comment(CommentRow c) {
        Div item = new Div();
        item.setId("comment-" + c.id());
        item.addClassName("ctg-comment");
        Function<Instant, String> when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(TimeConfig.ZONE)::format;
        String head = c.authorName() + " · " + when.apply(c.postedAt());
        if (c.editedAt() != null && !c.removed()) {
            head += " · " + getTranslation("discussion.edited", when.apply(c.editedAt()));
        }
        Span headLine = new Span(head);
        headLine.addClassName("ctg-comment-head");
        Paragraph body = new Paragraph(c.removed() ? getTranslation("discussion.removed") : c.body());
        body.addClassName(c.removed() ? "ctg-comment-removed" : "ctg-comment-body");
        Div editor = new Div();
        Div actions = new Div();
        actions.addClassName("ctg-comment-actions");
        if (details.canComment() && !c.removed()) {
            actions.add(action("reply-" + c.id(), getTranslation("discussion.reply"),
                    getTranslation("discussion.reply.aria", c.authorName()), () -> openBox(editor,
                    "reply-message-" + c.id(), getTranslation("discussion.reply.label", c.authorName()), "",
                    getTranslation("discussion.reply.post"), text -> discussions.reply(c.id(), text))));
        }
        if (details.canComment() && c.mine() && !c.removed()) {
            actions.add(action("edit-" + c.id(), getTranslation("discussion.edit"),
                    getTranslation("discussion.edit.aria", when.apply(c.postedAt())), () -> openBox(editor,
                    "edit-message-" + c.id(), getTranslation("discussion.edit.label"), c.body(),
                    getTranslation("discussion.edit.save"), text -> discussions.edit(c.id(), text))));
            actions.add(action("remove-" + c.id(), getTranslation("discussion.remove"),
                    getTranslation("discussion.remove.aria", when.apply(c.postedAt())),
                    () -> new RemoveCommentDialog(c.id(), () -> discussions.remove(c.id()), this::refresh).open()));
        }
        if (c.revisions() > 0) {
            actions.add(action("history-" + c.id(), getTranslation("discussion.history", c.revisions()),
                    getTranslation("discussion.history.aria", c.authorName(), c.revisions()),
                    () -> new CommentHistoryDialog(discussions.revisions(c.id())).open()));
        }
        item.add(headLine, body, actions, editor);
        return item;
    }

    private static Button action(String id, String text, String ariaLabel, Runnable run) {
        Button b = new Button(text, e -> run.run());
        b.setId(id);
        b.setAriaLabel(ariaLabel);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }

    /** A box under a comment to answer it or reword it; another click closes it. */
    private void openBox(Div place, String id, String label, String value, String submit,
                         java.util.function.Consumer<String> write) {
        if (place.getChildren().findAny().isPresent()) {
            place.removeAll();
            return;
        }
        TextArea box = new TextArea(label);
        box.setId(id);
        box.setWidthFull();
        box.setMaxLength(DiscussionService.MAX_COMMENT);
        box.setValue(value);
        Button send = new Button(submit, e -> attempt(box, () -> write.accept(box.getValue())));
        send.setId(id.replace("-message-", "-send-"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("action.cancel"), e -> {
            place.removeAll();
            if (stale) {
                refresh();
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        place.add(box, send, cancel);
        box.focus();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscription = UiCollaboration.subscribe(hub, event.getUI(), DiscussionChanged.topic(kind, itemId),
                DiscussionChanged.class, e -> changedElsewhere());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }
}
