package fr.ctg.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionService;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionService;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.DocumentMeta;
import fr.ctg.document.DocumentQuery;
import fr.ctg.document.DocumentService;
import fr.ctg.document.DocumentSummary;
import fr.ctg.document.TestFiles;
import fr.ctg.governance.CommitteeService;
import fr.ctg.governance.DeadlineService;
import fr.ctg.indicator.IndicatorCatalogueService;
import fr.ctg.minutes.MinutesService;
import fr.ctg.objective.ObjectiveEditingService;
import fr.ctg.objective.ObjectiveHistoryService;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.security.AccountService;
import fr.ctg.security.InvitationService;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The narrow door, tested at the service level with a real contributor of "Le Lien": every service method the
 * screens use, called with its identity and with guessed ids of the other organisation's data, reaches nothing
 * but its own calls, its own submission and what is published to associations.
 */
@CtgSpringTest
class ContributionIsolationServiceTest {

    @Autowired PartnerService partners;
    @Autowired InvitationService invitations;
    @Autowired CallService calls;
    @Autowired SubmissionService submissions;
    @Autowired ReviewService review;
    @Autowired ContributionFixture fixture;
    @Autowired TestLogin login;
    @Autowired ObjectiveService objectives;
    @Autowired ObjectiveEditingService editing;
    @Autowired ObjectiveHistoryService history;
    @Autowired DiscussionService discussion;
    @Autowired AccountService accounts;
    @Autowired DocumentService documents;
    @Autowired DeadlineService deadlineService;
    @Autowired CommitteeService committeeService;
    @Autowired MinutesService minutes;
    @Autowired IndicatorCatalogueService indicators;
    @Autowired ConventionService conventions;

    ContributionFixture.World c;
    String lienContact;
    long famillesSubmission;
    long famillesOnlyCall;
    long unpublishedDocument;
    long publishedDocument;

    @BeforeEach
    void setUp() {
        c = fixture.create();
        login.as(c.user("referent"));
        long groupA = conventions.thematicGroups(c.w().conventionId()).getFirst().id();
        famillesOnlyCall = calls.create(c.w().conventionId(), new NewCall("Appel réservé", null, Set.of(groupA),
                ContributionFixture.questions(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), Set.of(c.familles())));
        login.as(c.user("secretariat"));
        unpublishedDocument = documents.createDocument(c.w().conventionId(), new DocumentMeta(DocumentKind.OTHER,
                "Note interne", null), TestFiles.file("note.pdf", TestFiles.pdf("interne")));
        publishedDocument = documents.createDocument(c.w().conventionId(), new DocumentMeta(DocumentKind.OTHER,
                "Questionnaire aux associations", null), TestFiles.file("questionnaire.pdf", TestFiles.pdf("public")));
        documents.setPublishedToAssociations(publishedDocument, true);
        login.logout();
        String famillesContact = c.w().prefix() + "-marie@asso.test";
        lienContact = c.w().prefix() + "-karim@asso.test";
        SystemFixtures.contributor(partners, invitations, login, c, c.familles(), famillesContact);
        SystemFixtures.contributor(partners, invitations, login, c, c.lien(), lienContact);
        login.as(famillesContact);
        submissions.saveDraft(c.callId(), Map.of(0, "Réponse confidentielle de Familles rurales", 1, "40"));
        famillesSubmission = submissions.submit(c.callId()).id();
        login.as(lienContact);
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfAny(AccessRefusedException.class, NotFoundException.class);
    }

    @Test
    void aContributorReachesOnlyItsOwnCallsAndSubmission() {
        long conv = c.w().conventionId();
        assertThat(calls.calls(conv)).extracting(CallDetails::id).containsExactly(c.callId());
        refused(() -> calls.call(famillesOnlyCall));
        refused(() -> submissions.mine(famillesOnlyCall));
        refused(() -> submissions.saveDraft(famillesOnlyCall, Map.of(0, "x")));
        refused(() -> submissions.submit(famillesOnlyCall));
        refused(() -> submissions.withdraw(famillesOnlyCall));
        assertThat(submissions.mine(c.callId()).answers()).as("its own, empty, not the other organisation's").isEmpty();
        refused(() -> review.submissions(c.callId()));
        refused(() -> review.answersTo(c.callId(), 0));
        refused(() -> review.review(famillesSubmission, ReviewStatus.NOT_RETAINED, "piraté"));
        refused(() -> review.review(famillesSubmission + 1, ReviewStatus.NOT_RETAINED, "deviné"));
        refused(() -> review.csv(c.callId()));
        refused(() -> review.pdf(c.callId()));
        refused(() -> partners.organisations(conv));
        refused(() -> partners.createOrganisation(conv, "Intrus"));
        refused(() -> partners.invite(conv, c.lien(), "ami@asso.test", Locale.FRENCH));
        refused(() -> partners.invitations(conv));
        refused(() -> partners.revoke(1L));
        refused(() -> calls.create(conv, new NewCall("X", null, Set.of(), ContributionFixture.questions(),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), Set.of(c.lien()))));
    }

    @Test
    void aContributorReachesNothingElseOfTheConvention() {
        long conv = c.w().conventionId();
        refused(() -> objectives.byField(conv));
        refused(() -> editing.get(c.w().objectiveId()));
        refused(() -> history.history(c.w().objectiveId()));
        refused(() -> discussion.post(DiscussionKind.OBJECTIVE, c.w().objectiveId(), "intrusion"));
        refused(() -> editing.save(c.w().objectiveId(), 0, null));
        refused(() -> discussion.discussion(DiscussionKind.OBJECTIVE, c.w().objectiveId()).comments());
        refused(() -> accounts.members(conv));
        refused(() -> conventions.overview(conv));
        refused(() -> conventions.thematicGroups(conv));
        refused(() -> committeeService.committees(conv));
        refused(() -> deadlineService.calendar(conv, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
        refused(() -> documents.get(unpublishedDocument));
        assertThat(documents.search(conv, DocumentQuery.all())).extracting(DocumentSummary::id)
                .containsExactly(publishedDocument);
        assertThat(minutes.inProgress(conv)).isEmpty();
        assertThat(minutes.published(conv, null, null)).isEmpty();
        assertThat(indicators.catalogue(conv)).isEmpty();
    }

    /** Setting up contributors through the real invitation path. */
    static final class SystemFixtures {
        static void contributor(PartnerService partners, InvitationService invitations, TestLogin login,
                                ContributionFixture.World c, long org, String address) {
            login.as(c.user("referent"));
            partners.invite(c.w().conventionId(), org, address, Locale.FRENCH);
            login.logout();
            invitations.acceptNew(TokenCapture.last(), "Contact " + address, TestLogin.CHOSEN_PASSWORD,
                    TestLogin.CHOSEN_PASSWORD);
            TestLogin.chose(address);
        }
    }
}
