package fr.ctg.objective.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.objective.ObjectiveComment;
import fr.ctg.objective.ObjectiveDiscussionService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/** The objective's comment thread, with @mentions of members. */
class ObjectiveDiscussionPanel extends VerticalLayout {

    private final ObjectiveDiscussionService discussion;
    private final long objectiveId;
    private final Div thread = new Div();
    private final TextArea message = new TextArea();

    ObjectiveDiscussionPanel(ObjectiveDiscussionService discussion, long objectiveId, boolean canComment) {
        this.discussion = discussion;
        this.objectiveId = objectiveId;
        setPadding(false);
        thread.setId("comment-thread");
        thread.addClassName("ctg-thread");
        add(thread);
        if (canComment) {
            message.setId("comment-message");
            message.setLabel(getTranslation("objective.comment.label"));
            message.setWidthFull();
            message.setMaxLength(5000);
            message.setHelperText(getTranslation("objective.comment.help", discussion.mentionable(objectiveId).stream()
                    .map(m -> "@" + m.username()).limit(8).collect(Collectors.joining(" "))));
            Button post = new Button(getTranslation("objective.comment.post"), e -> post());
            post.setId("comment-post");
            post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(message, post);
        }
        refresh();
    }

    private void post() {
        try {
            discussion.post(objectiveId, message.getValue());
            message.clear();
            message.setInvalid(false);
            refresh();
        } catch (BusinessRuleException e) {
            message.setErrorMessage(Notifications.message(e));
            message.setInvalid(true);
        }
    }

    void refresh() {
        thread.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Paris"));
        var comments = discussion.comments(objectiveId);
        if (comments.isEmpty()) {
            thread.add(new Paragraph(getTranslation("objective.comment.none")));
        }
        for (ObjectiveComment c : comments) {
            Div item = new Div();
            item.addClassName("ctg-comment");
            Span head = new Span(c.authorName() + " · " + when.format(c.postedAt()));
            head.addClassName("ctg-comment-head");
            Paragraph body = new Paragraph(c.body());
            body.addClassName("ctg-comment-body");
            item.add(head, body);
            thread.add(item);
        }
    }

    int commentCount() {
        return (int) thread.getChildren().filter(c -> c.hasClassName("ctg-comment")).count();
    }

}
