package fr.ctg.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.PageRef;
import fr.ctg.notification.NotificationItem;
import fr.ctg.notification.NotificationService;
import fr.ctg.notification.NotificationTarget;
import fr.ctg.security.InvitationService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The convention hears of its partners: the referent who invited a partner's contact is told when they join; those
 * who review contributions are told of each one submitted, the partner and the other members are not.
 */
@CtgSpringTest
class ContributionNotificationsTest {

    @Autowired PartnerService partners;
    @Autowired InvitationService invitations;
    @Autowired SubmissionService submissions;
    @Autowired NotificationService notifications;
    @Autowired ContributionFixture fixture;
    @Autowired TestLogin login;

    @AfterEach
    void tearDown() {
        login.logout();
    }

    private List<NotificationItem> of(String username, String kind) {
        login.as(username);
        return notifications.recent(20).stream().filter(n -> n.kind().equals(kind)).toList();
    }

    @Test
    void theInviterHearsOfTheContactJoiningAndReviewersOfTheContributionSubmitted() {
        ContributionFixture.World c = fixture.create();
        String contact = c.w().prefix() + "-marie@asso.test";
        ContributionIsolationServiceTest.SystemFixtures.contributor(partners, invitations, login, c, c.familles(),
                contact);
        assertThat(of(c.user("referent"), NotificationService.KIND_INVITATION_ACCEPTED)).singleElement()
                .satisfies(n -> {
                    assertThat(n.actorName()).isEqualTo("Contact " + contact);
                    assertThat(n.target()).isEqualTo(NotificationTarget.page(new PageRef(PageRef.Kind.MEMBERS,
                            c.w().conventionId())));
                });
        assertThat(of(c.user("secretariat"), NotificationService.KIND_INVITATION_ACCEPTED))
                .as("who did not invite").isEmpty();

        login.as(contact);
        submissions.saveDraft(c.callId(), Map.of(0, "Nos ateliers du samedi", 1, "40"));
        String reference = submissions.submit(c.callId()).reference();
        for (String reviewer : List.of("referent", "secretariat")) {
            assertThat(of(c.user(reviewer), NotificationService.KIND_CONTRIBUTION_RECEIVED)).as(reviewer)
                    .singleElement().satisfies(n -> {
                        assertThat(n.subject()).contains(reference);
                        assertThat(n.actorName()).isEqualTo("Contact " + contact);
                        assertThat(n.target()).isEqualTo(NotificationTarget.page(
                                new PageRef(PageRef.Kind.CONTRIBUTION_CALL, c.callId())));
                    });
        }
        for (String other : List.of(c.user("copil"), c.user("lecteur"), contact)) {
            assertThat(of(other, NotificationService.KIND_CONTRIBUTION_RECEIVED)).as(other).isEmpty();
        }
    }
}
