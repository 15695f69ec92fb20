package fr.ctg.contribution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.contribution.PartnerService;

/**
 * {@code /invitation/{secret}}: the invited contact chooses a name and a password; the account is created for the
 * organisation, and the link is spent. An unusable link says why (used, expired, revoked).
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationAcceptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PartnerService partners;

    InvitationAcceptView(PartnerService partners) {
        this.partners = partners;
        setMaxWidth("36rem");
        setId("invitation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("contribution.invitation.title")));
        String[] what;
        try {
            what = partners.describe(token);
        } catch (BusinessRuleException e) {
            Paragraph why = new Paragraph(Notifications.message(e));
            why.setId("invitation-error");
            add(why, new Anchor("login", getTranslation("contribution.invitation.login")));
            return;
        }
        add(new Paragraph(getTranslation("contribution.invitation.for", what[0], what[1])));
        TextField name = new TextField(getTranslation("contribution.invitation.name"));
        name.setId("invitation-name");
        name.setWidthFull();
        PasswordField password = new PasswordField(getTranslation("contribution.invitation.password"));
        password.setId("invitation-password");
        password.setHelperText(getTranslation("contribution.invitation.passwordHelp"));
        password.setWidthFull();
        PasswordField again = new PasswordField(getTranslation("contribution.invitation.again"));
        again.setId("invitation-again");
        again.setWidthFull();
        Paragraph error = new Paragraph();
        error.setId("invitation-form-error");
        error.addClassName("ctg-error-text");
        Button accept = new Button(getTranslation("contribution.invitation.accept"), e -> {
            try {
                String username = partners.accept(token, name.getValue(), password.getValue(), again.getValue());
                removeAll();
                Paragraph done = new Paragraph(getTranslation("contribution.invitation.done", username));
                done.setId("invitation-done");
                add(new H1(getTranslation("contribution.invitation.title")), done,
                        new Anchor("login", getTranslation("contribution.invitation.login")));
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name, password, again, error, accept);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contribution.invitation.title");
    }
}
