package fr.ctg.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.KaribuTest;
import fr.ctg.TestLogin;
import fr.ctg.admin.TenantFixture;
import fr.ctg.contribution.TokenCapture;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.InvitationService;
import fr.ctg.security.NewInvitation;
import fr.ctg.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person's own pages: "Mon compte" (name, language, password, conventions, personal data), the invitation link, the
 * forgotten-password and reset pages, the first-start page with a dead address, the privacy page.
 */
class AccountViewsTest extends KaribuTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TenantFixture fixture;
    @Autowired CurrentUser currentUser;
    @Autowired InvitationService invitations;

    TenantFixture.Tenant t;

    @BeforeEach
    void tenant() {
        t = fixture.create();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonChangesTheirNameLanguageAndPasswordAndSeesTheirConventions() {
        loginAndOpen(t.user("one-reader"), "mon-compte");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("account-places")).getElement().getTextRecursively())
                .contains("Convention une " + t.prefix(), "Lecteur");
        _get(Anchor.class, spec -> spec.withId("account-data"));
        _setValue(_get(TextField.class, spec -> spec.withId("account-name")), "Rita Lecture");
        Select<Locale> language = _get(Select.class, spec -> spec.withId("account-language"));
        _setValue(language, Locale.ENGLISH);
        _click(_get(Button.class, spec -> spec.withId("account-save")));
        assertThat(currentUser.require().displayName()).isEqualTo("Rita Lecture");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(H2.class, spec -> spec.withText("My account"))).isNotNull();

        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password-current")), "pas-le-bon");
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password-new")), TestLogin.CHOSEN_PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password-again")), TestLogin.CHOSEN_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("account-password-change")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("account-password-error")).getText())
                .isEqualTo("The current password is not right.");
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password-current")), TestLogin.DEMO_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("account-password-change")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("account-password-error")).getText()).isEmpty();
        CtgUser me = currentUser.require();
        assertThat(me.sessionStamp()).as("this session goes on with the new stamp").isPositive();
        assertThat(login.as(t.user("one-reader"), TestLogin.CHOSEN_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void anInvitedPersonCreatesTheirAccessFromTheLinkAndAUsedLinkSaysSo() {
        login.as(t.user("one-admin"));
        String address = t.prefix() + "-ines@mairie.test";
        invitations.invite(t.one(), new NewInvitation("Inès Moreau", address, Locale.FRENCH, Set.of(Role.READER),
                List.of(), Set.of()));
        String token = TokenCapture.last();
        login.logout();
        UI.getCurrent().navigate("invitation/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-what")).getText())
                .contains("Convention une " + t.prefix(), "Lecteur");
        assertThat(_get(TextField.class, spec -> spec.withId("invitation-name")).getValue()).isEqualTo("Inès Moreau");
        _setValue(_get(PasswordField.class, spec -> spec.withId("invitation-password")), "motdepasse2026");
        _setValue(_get(PasswordField.class, spec -> spec.withId("invitation-again")), "motdepasse2026");
        _click(_get(Button.class, spec -> spec.withId("invitation-accept")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-form-error")).getText())
                .contains("mots de passe courants");
        _setValue(_get(PasswordField.class, spec -> spec.withId("invitation-password")), TestLogin.CHOSEN_PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withId("invitation-again")), TestLogin.CHOSEN_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("invitation-accept")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-done")).getText()).contains(address);
        UI.getCurrent().navigate("invitation/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-error")).getText()).contains("déjà servi");
        UI.getCurrent().navigate("invitation/pas-un-vrai-lien");
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-error")).getText()).contains("n’est pas valable");
    }

    @Test
    void theForgottenPasswordPageAnswersTheSameWhateverIsTypedAndABadLinkSaysWhy() {
        for (String typed : new String[] {t.user("one-reader"), "personne-" + t.prefix() + "@nulle-part.test"}) {
            UI.getCurrent().navigate(ForgotPasswordView.class);
            _setValue(_get(TextField.class, spec -> spec.withId("forgot-identifier")), typed);
            _click(_get(Button.class, spec -> spec.withId("forgot-send")));
            assertThat(_get(Paragraph.class, spec -> spec.withId("forgot-done")).getText())
                    .isEqualTo("Si un compte correspond, un lien valable 60 minutes vient d’être envoyé à son adresse "
                            + "e-mail. Pensez à regarder dans les indésirables.");
        }
        UI.getCurrent().navigate("reinitialisation/pas-un-vrai-lien");
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-error")).getText()).contains("n’est pas valable");
        UI.getCurrent().navigate("setup/pas-un-vrai-lien");
        assertThat(_get(Paragraph.class, spec -> spec.withId("setup-error")).getText()).isNotBlank();
    }

    @Test
    void thePrivacyPageSaysWhatIsKeptWhyAndHowLong() {
        UI.getCurrent().navigate(PrivacyView.class);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("privacy-retention")).getElement().getTextRecursively())
                .contains("12 mois", "Personne supprimée n°N");
        assertThat(_get(PrivacyView.class).getElement().getTextRecursively()).contains("78-17", "article 12");
    }
}
