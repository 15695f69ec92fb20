package fr.ctg.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import fr.ctg.KaribuTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The login page is French, posts to Spring Security and shows one generic message on failure. */
class LoginViewTest extends KaribuTest {

    @Test
    void theLoginFormIsInFrenchAndPostsToTheLoginUrl() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(i18n(form)).contains("\"title\":\"Connexion\"", "\"username\":\"Identifiant ou adresse e-mail\"",
                "\"submit\":\"Se connecter\"");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        ComponentUtil.fireEvent(form,
                new AbstractLogin.ForgotPasswordEvent(form, true));
        _get(ForgotPasswordView.class);
    }

    /** The texts the login web component receives (its "i18n" property, as JSON). */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void aFailedLoginShowsTheSameGenericMessageWhateverTheCause() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form))
                .contains("Identifiant ou mot de passe incorrect")
                .contains("temporairement bloqué");
    }

    @Test
    void singleSignOnIsOfferedAsAFullPageLinkAndARefusalIsSaidInWords() {
        UI.getCurrent().navigate("login");
        Anchor sso = _get(Anchor.class,
                spec -> spec.withId("login-sso"));
        assertThat(sso.getHref()).isEqualTo("oauth2/authorization/sso");
        assertThat(sso.getElement().hasAttribute("router-ignore")).as("a full page load, not a Vaadin navigation").isTrue();
        assertThat(sso.getText()).isEqualTo("Se connecter avec ProConnect (test)");
        assertThat(LocatorJ._find(Paragraph.class,
                spec -> spec.withId("login-sso-refusal"))).as("no refusal shown").isEmpty();

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("sso", "unknown")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-sso-refusal"))
                .getText()).contains("Aucun compte du portail ni aucune invitation");
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("sso", "<script>")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-sso-refusal"))
                .getText()).as("an unknown code: the generic message").contains("n’a pas abouti");
    }
}
