package fr.ctg.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;

/** "Remove your message?": its text goes from the discussion (kept in its history), its replies stay. */
class RemoveCommentDialog extends Dialog {

    RemoveCommentDialog(long commentId, Runnable remove, Runnable done) {
        setId("remove-comment-dialog");
        setHeaderTitle(getTranslation("discussion.remove.title"));
        setWidth("min(30rem, 96vw)");
        Paragraph error = new Paragraph();
        error.addClassName("ctg-error-text");
        add(new Paragraph(getTranslation("discussion.remove.question")), error);
        Button confirm = new Button(getTranslation("discussion.remove"), e -> {
            try {
                remove.run();
                close();
                done.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        confirm.setId("remove-comment-confirm-" + commentId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
