package fr.ctg.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.ctg.base.TimeConfig;
import fr.ctg.discussion.CommentRevisionRow;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The earlier wordings of a comment, oldest first, with when each was written and replaced. */
class CommentHistoryDialog extends Dialog {

    CommentHistoryDialog(List<CommentRevisionRow> revisions) {
        setId("comment-history-dialog");
        setHeaderTitle(getTranslation("discussion.history.title"));
        setWidth("min(40rem, 96vw)");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(TimeConfig.ZONE);
        Div list = new Div();
        list.setId("comment-history");
        add(list);
        for (CommentRevisionRow r : revisions) {
            Div item = new Div();
            item.addClassName("ctg-comment");
            Span head = new Span(getTranslation("discussion.history.item", when.format(r.writtenAt()),
                    when.format(r.replacedAt())));
            head.addClassName("ctg-comment-head");
            Paragraph body = new Paragraph(r.body());
            body.addClassName("ctg-comment-body");
            item.add(head, body);
            list.add(item);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
