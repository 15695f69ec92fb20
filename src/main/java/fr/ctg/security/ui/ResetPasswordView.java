package fr.ctg.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.base.ui.PublicPage;
import fr.ctg.security.PasswordPolicy;
import fr.ctg.security.PasswordResetService;

/** {@code /reinitialisation/{secret}}: the e-mailed single-use link (one hour) where a new password is chosen. */
@Route(value = "reinitialisation/:token", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends PublicPage implements BeforeEnterObserver {

    private final PasswordResetService resets;

    ResetPasswordView(PasswordResetService resets) {
        super("reset.title");
        this.resets = resets;
        setId("reset-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        render();
        try {
            resets.check(token);
        } catch (BusinessRuleException e) {
            refused(e, "reset-error");
            content.add(new Paragraph(new RouterLink(getTranslation("reset.again"), ForgotPasswordView.class)));
            return;
        }
        PasswordField password = new PasswordField(getTranslation("account.password.new"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        PasswordField again = new PasswordField(getTranslation("account.password.again"));
        again.setId("reset-again");
        again.setWidthFull();
        Paragraph error = error("reset-form-error");
        Button save = new Button(getTranslation("reset.save"), e -> {
            try {
                String username = resets.reset(token, password.getValue(), again.getValue());
                render();
                Paragraph done = new Paragraph(getTranslation("reset.done", username));
                done.setId("reset-done");
                RouterLink login = new RouterLink(getTranslation("public.login"), LoginView.class);
                login.setId("reset-login");
                content.add(done, login);
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new Paragraph(getTranslation("reset.intro")), password, again, error, save);
    }
}
