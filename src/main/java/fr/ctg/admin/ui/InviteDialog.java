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
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.security.InvitationService;
import fr.ctg.security.NewInvitation;
import java.util.List;

/** Invites a member by e-mail: name, address, the e-mail's language, roles, seats and groups. */
class InviteDialog extends Dialog {

    InviteDialog(InvitationService invitations, long conventionId, List<ThematicGroupRef> groups, Runnable onSent) {
        setId("invite-dialog");
        setHeaderTitle(getTranslation("invite.title"));
        setWidth("min(44rem, 96vw)");
        TextField name = new TextField(getTranslation("invite.name"));
        name.setId("invite-name");
        name.setRequiredIndicatorVisible(true);
        EmailField email = new EmailField(getTranslation("invite.email"));
        email.setId("invite-email");
        email.setRequiredIndicatorVisible(true);
        LanguageSelect language = new LanguageSelect(getTranslation("invitation.language"));
        language.setId("invite-language");
        GrantFields grant = new GrantFields(groups, false);
        Paragraph help = new Paragraph(getTranslation("invite.help", InvitationService.VALIDITY.toDays()));
        Paragraph error = new Paragraph();
        error.setId("invite-error");
        error.addClassName("ctg-error-text");
        error.getElement().setAttribute("role", "alert");
        add(help, new FormLayout(name, email, language), grant, error);
        Button send = new Button(getTranslation("invite.send"), e -> {
            try {
                invitations.invite(conventionId, new NewInvitation(name.getValue(), email.getValue(), language.getValue(),
                        grant.roles(), grant.seats(), grant.groupIds()));
                Notifications.success("invite.sent", email.getValue());
                close();
                onSent.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}
