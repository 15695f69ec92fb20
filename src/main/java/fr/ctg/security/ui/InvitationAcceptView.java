package fr.ctg.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Notifications;
import fr.ctg.base.ui.PublicPage;
import fr.ctg.security.InvitationDetails;
import fr.ctg.security.InvitationKind;
import fr.ctg.security.InvitationService;
import fr.ctg.security.PasswordPolicy;
import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * {@code /invitation/{secret}}: what the invitation offers, in the language it was sent in; the invited person
 * chooses a name and a password (a new account), or gives the password of their existing account to add it there.
 * An unusable link says why (used, expired, revoked).
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
class InvitationAcceptView extends PublicPage implements BeforeEnterObserver {

    private final InvitationService invitations;
    private String token;

    InvitationAcceptView(InvitationService invitations) {
        super("invitation.page.title");
        this.invitations = invitations;
        setId("invitation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        InvitationDetails d;
        try {
            d = invitations.describe(token);
        } catch (BusinessRuleException e) {
            render();
            refused(e, "invitation-error");
            return;
        }
        UI.getCurrent().setLocale(d.language());
        render();
        String roles = d.roles().stream().sorted().map(r -> getTranslation(r.labelKey())).collect(Collectors.joining(", "));
        String what = switch (d.kind()) {
            case CAF_ADMIN -> getTranslation("invitation.page.cafAdmin", d.invitedBy(), d.target());
            case PARTNER -> getTranslation("invitation.page.partner", d.invitedBy(), d.target(), d.contextLabel());
            case MEMBER -> getTranslation("invitation.page.member", d.invitedBy(), d.target(), roles);
        };
        Paragraph intro = new Paragraph(what);
        intro.setId("invitation-what");
        Paragraph until = new Paragraph(getTranslation("invitation.page.until",
                Formats.date(d.expiresAt().atZone(ZoneId.of("Europe/Paris")).toLocalDate(), getLocale())));
        content.add(intro, until);
        if (d.accountExists()) {
            linkExisting(d);
        } else {
            createAccount(d);
        }
    }

    private void createAccount(InvitationDetails d) {
        Paragraph identifier = new Paragraph(getTranslation("invitation.page.identifier", d.email()));
        TextField name = new TextField(getTranslation("invitation.page.name"));
        name.setId("invitation-name");
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        name.setValue(d.suggestedName() == null ? "" : d.suggestedName());
        PasswordField password = new PasswordField(getTranslation("invitation.page.password"));
        password.setId("invitation-password");
        password.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        PasswordField again = new PasswordField(getTranslation("invitation.page.again"));
        again.setId("invitation-again");
        again.setWidthFull();
        again.setRequiredIndicatorVisible(true);
        Paragraph error = error("invitation-form-error");
        Button accept = new Button(getTranslation("invitation.page.accept"), e -> {
            try {
                done(invitations.acceptNew(token, name.getValue(), password.getValue(), again.getValue()), d.kind());
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(identifier, name, password, again, error, accept);
    }

    private void linkExisting(InvitationDetails d) {
        Paragraph explain = new Paragraph(getTranslation("invitation.page.existing", d.email()));
        explain.setId("invitation-existing");
        PasswordField password = new PasswordField(getTranslation("invitation.page.existingPassword"));
        password.setId("invitation-existing-password");
        password.setWidthFull();
        Paragraph error = error("invitation-form-error");
        Button link = new Button(getTranslation("invitation.page.link"), e -> {
            try {
                done(invitations.acceptExisting(token, password.getValue()), d.kind());
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        link.setId("invitation-link");
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(explain, password, error, link, new RouterLink(getTranslation("login.form.forgot"), ForgotPasswordView.class));
    }

    private void done(String username, InvitationKind kind) {
        render();
        Paragraph done = new Paragraph(getTranslation("invitation.page.done", username));
        done.setId("invitation-done");
        RouterLink login = new RouterLink(getTranslation("public.login"), LoginView.class);
        login.setId("invitation-login");
        content.add(done, login);
    }
}
