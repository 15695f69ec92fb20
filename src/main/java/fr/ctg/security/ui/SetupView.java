package fr.ctg.security.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.LanguageSelect;
import fr.ctg.base.ui.Notifications;
import fr.ctg.base.ui.PublicPage;
import fr.ctg.security.FirstStartService;
import fr.ctg.security.PasswordPolicy;

/**
 * {@code /setup/{secret}}: the first start's single-use address, printed at start (or e-mailed to
 * {@code CTG_ADMIN_EMAIL}) while the platform has no administrator. It creates the first platform administrator;
 * once one exists, the address is dead.
 */
@Route(value = "setup/:token", autoLayout = false)
@AnonymousAllowed
class SetupView extends PublicPage implements BeforeEnterObserver {

    private final FirstStartService firstStart;

    SetupView(FirstStartService firstStart) {
        super("setup.title");
        this.firstStart = firstStart;
        setId("setup-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        render();
        try {
            firstStart.check(token);
        } catch (BusinessRuleException e) {
            refused(e, "setup-error");
            return;
        }
        TextField username = new TextField(getTranslation("setup.username"));
        username.setId("setup-username");
        username.setHelperText(getTranslation("setup.usernameHelp"));
        TextField name = new TextField(getTranslation("account.displayName"));
        name.setId("setup-name");
        EmailField email = new EmailField(getTranslation("account.email"));
        email.setId("setup-email");
        LanguageSelect language = new LanguageSelect(getTranslation("account.language"));
        language.setId("setup-language");
        PasswordField password = new PasswordField(getTranslation("account.password.new"));
        password.setId("setup-password");
        password.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
        PasswordField again = new PasswordField(getTranslation("account.password.again"));
        again.setId("setup-again");
        for (var f : new HasValue<?, ?>[] {username, name, email, password, again}) {
            f.setRequiredIndicatorVisible(true);
        }
        Paragraph error = error("setup-form-error");
        Button create = new Button(getTranslation("setup.create"), e -> {
            try {
                String created = firstStart.complete(token, username.getValue(), name.getValue(), email.getValue(),
                        password.getValue(), again.getValue(), language.getValue());
                render();
                Paragraph done = new Paragraph(getTranslation("setup.done", created));
                done.setId("setup-done");
                RouterLink login = new RouterLink(getTranslation("public.login"), LoginView.class);
                login.setId("setup-login");
                content.add(done, login);
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, name, email, language, password, again);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        content.add(new Paragraph(getTranslation("setup.intro")), form, error, create);
    }
}
