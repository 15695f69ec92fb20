package fr.ctg.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.LanguageSelect;
import fr.ctg.base.ui.Notifications;
import fr.ctg.security.InvitationService;

/** Invites a Caf's administrator by e-mail (platform administrator). */
class CafAdminInviteDialog extends Dialog {

    CafAdminInviteDialog(InvitationService invitations, long cafId, Runnable onSent) {
        setId("caf-admin-dialog");
        setHeaderTitle(getTranslation("caf.admin.invite"));
        TextField name = new TextField(getTranslation("invite.name"));
        name.setId("caf-admin-name");
        EmailField email = new EmailField(getTranslation("invite.email"));
        email.setId("caf-admin-email");
        LanguageSelect language = new LanguageSelect(getTranslation("invitation.language"));
        language.setId("caf-admin-language");
        Paragraph error = new Paragraph();
        error.setId("caf-admin-error");
        error.addClassName("ctg-error-text");
        error.getElement().setAttribute("role", "alert");
        add(new Paragraph(getTranslation("caf.admin.help", InvitationService.VALIDITY.toDays())),
                new FormLayout(name, email, language), error);
        Button send = new Button(getTranslation("invite.send"), e -> {
            try {
                invitations.inviteCafAdministrator(cafId, name.getValue(), email.getValue(), language.getValue());
                Notifications.success("invite.sent", email.getValue());
                close();
                onSent.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        send.setId("caf-admin-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}
