package fr.ctg.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;

/** "Are you sure?" for an action that cannot be undone by a click (revoke, disable, erase); refusals shown inside. */
class ConfirmDialog extends Dialog {

    ConfirmDialog(String id, String title, String question, String confirmLabel, Runnable action, Runnable done) {
        setId(id);
        setHeaderTitle(title);
        setWidth("min(34rem, 96vw)");
        Paragraph error = new Paragraph();
        error.addClassName("ctg-error-text");
        error.setId(id + "-error");
        add(new Paragraph(question), error);
        Button confirm = new Button(confirmLabel, e -> {
            try {
                action.run();
                close();
                done.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
