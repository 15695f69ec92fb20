package fr.ctg.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ctg.security.SsoSettings;
import java.util.List;
import java.util.Set;

/**
 * The login page. Whatever went wrong (unknown name, bad password, throttled account) it shows the
 * same message, so that it tells nothing to someone guessing.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph ssoRefusal = new Paragraph();

    public LoginView(SsoSettings sso) {
        addClassName("ctg-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.form.title"));
        form.setUsername(getTranslation("login.form.username"));
        form.setPassword(getTranslation("login.form.password"));
        form.setSubmit(getTranslation("login.form.submit"));
        form.setForgotPassword(getTranslation("login.form.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));

        RouterLink privacy = new RouterLink(getTranslation("privacy.link"), PrivacyView.class);
        privacy.setId("login-privacy");
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")));
        if (sso.enabled()) {
            // A full page load (router-ignore): the provider's own login page, then back to the portal
            Anchor button = new Anchor(sso.loginPath(), getTranslation("login.sso.button", sso.name()));
            button.setRouterIgnore(true);
            button.setId("login-sso");
            button.addClassName("ctg-sso-button");
            ssoRefusal.setId("login-sso-refusal");
            ssoRefusal.getElement().setAttribute("role", "alert");
            ssoRefusal.addClassName("ctg-error-text");
            ssoRefusal.setVisible(false);
            add(ssoRefusal, button, new Paragraph(getTranslation("login.sso.or")));
        }
        add(login, privacy);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        var refusal = parameters.getOrDefault("sso", List.of());
        if (!refusal.isEmpty()) {
            String code = refusal.getFirst();
            ssoRefusal.setText(getTranslation(Set.of("no_email", "unverified", "unknown", "ambiguous", "disabled")
                    .contains(code) ? "login.sso.refused." + code : "login.sso.refused.failed"));
            ssoRefusal.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
