package fr.ctg.contribution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import fr.ctg.KaribuTest;
import fr.ctg.TestLogin;
import fr.ctg.contribution.ContributionFixture;
import fr.ctg.contribution.PartnerService;
import fr.ctg.contribution.ReviewStatus;
import fr.ctg.contribution.SubmissionService;
import fr.ctg.document.TestFiles;
import fr.ctg.security.InvitationService;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole door, as people go through it: the referent invites a contact; the contact opens the e-mailed link,
 * creates an access, answers (saved as typed), submits and gets a receipt; the referent reviews; the contact reads
 * the answer.
 */
class ContributionJourneyTest extends KaribuTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired ContributionFixture fixture;
    @Autowired PartnerService partners;
    @Autowired InvitationService invitations;
    @Autowired SubmissionService submissions;

    private String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private MimeMessage lastMailTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void inviteAcceptDraftSubmitReceiptReviewAnswer() throws Exception {
        ContributionFixture.World c = fixture.create();
        String address = c.w().prefix() + "-marie@asso.test";

        // The referent invites Marie for "Familles rurales".
        loginAndOpen(c.user("referent"), "contributions");
        UI.getCurrent().getPage().reload();
        _setValue(_get(EmailField.class, spec -> spec.withId("invite-email-" + c.familles())), address);
        _click(_get(Button.class, spec -> spec.withId("invite-" + c.familles())));
        assertThat(text("organisation-" + c.familles())).contains(address, "en attente");
        String body = GreenMailUtil.getBody(lastMailTo(address)).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]{20,})").matcher(body);
        assertThat(link.find()).isTrue();

        // Marie opens the link (not signed in) and creates her access.
        login.logout();
        UI.getCurrent().navigate("invitation/" + link.group(1));
        _setValue(_get(TextField.class, spec -> spec.withId("invitation-name")), "Marie Dupont");
        _setValue(_get(PasswordField.class, spec -> spec.withId("invitation-password")), TestLogin.CHOSEN_PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withId("invitation-again")), TestLogin.CHOSEN_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("invitation-accept")));
        assertThat(text("invitation-done")).contains(address);
        UI.getCurrent().navigate("invitation/" + link.group(1));
        assertThat(text("invitation-error")).contains("déjà servi");

        TestLogin.chose(address);

        // She answers: every change is saved; a number in words is refused at submission, the draft stays.
        loginAndOpen(address, "contributions");
        UI.getCurrent().getPage().reload();
        assertThat(text("contribution-calls")).contains("Évaluation 2026");
        UI.getCurrent().navigate("contributions/" + c.callId());
        _setValue(_get(TextArea.class, spec -> spec.withId("answer-1")), "Isolement des jeunes parents");
        _setValue(_get(TextField.class, spec -> spec.withId("answer-2")), "beaucoup");
        assertThat(text("contribute-saved")).contains("Brouillon enregistré");
        _click(_get(Button.class, spec -> spec.withId("contribute-submit")));
        assertThat(text("contribute-error")).contains("doit être un nombre");
        UI.getCurrent().getPage().reload();
        assertThat(_get(TextField.class, spec -> spec.withId("answer-2")).getValue()).as("kept").isEqualTo("beaucoup");
        _setValue(_get(TextField.class, spec -> spec.withId("answer-2")), "1 250");
        Select<String> choice = _get(Select.class, spec -> spec.withId("answer-3"));
        _setValue(choice, "Parents");
        RadioButtonGroup<String> yes = _get(RadioButtonGroup.class, spec -> spec.withId("answer-4"));
        _setValue(yes, "oui");
        UploadKt._upload(_get(Upload.class,
                spec -> spec.withId("answer-upload-5")), "bilan.pdf", "application/pdf", TestFiles.html());
        assertThat(text("contribute-error")).isNotBlank();
        UploadKt._upload(_get(Upload.class,
                spec -> spec.withId("answer-upload-5")), "Bilan 2025.pdf", "application/pdf",
                TestFiles.pdf("bilan"));
        assertThat(_get(TextField.class, spec -> spec.withId("answer-5")).getValue()).isEqualTo("Bilan 2025.pdf");
        assertThat(_get(Select.class, spec -> spec.withId("answer-3")).getValue()).as("other answers kept").isEqualTo("Parents");
        _click(_get(Button.class, spec -> spec.withId("contribute-submit")));
        String receipt = text("contribute-receipt");
        Matcher ref = Pattern.compile("CTG-2026-\\d{5}-[0-9A-Z]+").matcher(receipt);
        assertThat(ref.find()).as(receipt).isTrue();
        assertThat(lastMailTo(address).getSubject()).isEqualTo("Accusé de réception " + ref.group());
        assertThat(_get(TextArea.class, spec -> spec.withId("answer-1")).isReadOnly()).isTrue();

        // The referent reads it and answers.
        loginAndOpen(c.user("referent"), "contributions/" + c.callId() + "/reponses");
        UI.getCurrent().getPage().reload();
        String submissions = text("review-submissions");
        assertThat(submissions).contains("Familles rurales", "Isolement des jeunes parents", "1 250", ref.group(),
                "Bilan 2025.pdf");
        long submissionId = Long.parseLong(_get(Component.class, spec -> spec.withClasses("ctg-card")).getId()
                .orElseThrow().replace("submission-", ""));
        Select<ReviewStatus> status = _get(Select.class, spec -> spec.withId("review-status-" + submissionId));
        _setValue(status, ReviewStatus.TAKEN_INTO_ACCOUNT);
        _setValue(_get(TextField.class, spec -> spec.withId("review-answer-" + submissionId)), "Repris dans le diagnostic.");
        _click(_get(Button.class, spec -> spec.withId("review-save-" + submissionId)));
        Select<Integer> question = _get(Select.class, spec -> spec.withId("review-question"));
        _setValue(question, 0);
        assertThat(text("review-by-question")).contains("Familles rurales", "Isolement des jeunes parents");

        // Marie sees the answer.
        loginAndOpen(address, "contributions/" + c.callId());
        UI.getCurrent().getPage().reload();
        assertThat(text("contribute-review")).contains("Prise en compte", "Repris dans le diagnostic.");
    }

    /**
     * Hole 4 of the security review: a text answer beginning with {@code #document:<id> } was taken for a file link,
     * which broke the referents' page (or labelled another document with the contributor's words).
     */
    @Test
    void aContributionAnswerThatBeginsWithADocumentLinkIsShownAsTheTextItIs() throws Exception {
        ContributionFixture.World c = fixture.create();
        String address = c.w().prefix() + "-malice@asso.test";
        login.as(c.user("referent"));
        partners.invite(c.w().conventionId(), c.familles(), address, Locale.FRENCH);
        login.logout();
        String body = GreenMailUtil.getBody(lastMailTo(address)).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]{20,})").matcher(body);
        assertThat(link.find()).isTrue();
        invitations.acceptNew(link.group(1), "Mal Ice", TestLogin.CHOSEN_PASSWORD, TestLogin.CHOSEN_PASSWORD);
        login.as(address, TestLogin.CHOSEN_PASSWORD);
        String forged = "#document:999999999 Rapport officiel de la Caf.pdf";
        submissions.saveDraft(c.callId(), Map.of(0, forged, 1, "3"));
        submissions.submit(c.callId());

        loginAndOpen(c.user("referent"), "contributions/" + c.callId() + "/reponses");
        UI.getCurrent().getPage().reload();
        Component card = _get(Component.class, spec -> spec.withClasses("ctg-card"));
        assertThat(card.getElement().getTextRecursively()).contains(forged);
        assertThat(LocatorJ._find(card, Anchor.class))
                .as("no file link made of the contributor's text").isEmpty();
    }
}
