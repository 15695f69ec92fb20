package fr.ctg.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.notification.NotificationItem;
import fr.ctg.notification.NotificationService;
import fr.ctg.notification.NotificationTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The discussion: who may post, mentions that notify, comments that survive objective edits. */
@CtgSpringTest
class ObjectiveDiscussionServiceTest {

    @Autowired
    ObjectiveDiscussionService discussion;
    @Autowired
    ObjectiveEditingService editing;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    @AfterEach
    void logout() {
        login.logout();
    }

    @Test
    void aMentionNotifiesTheMentionedMemberOnly() {
        login.as(w.user("suivi"));
        discussion.post(w.objectiveId(), "@" + w.user("copil") + " peux-tu relire ? (et @inconnu, @lecteur)");
        login.as(w.user("copil"));
        assertThat(notifications.unreadCount()).isEqualTo(1);
        NotificationItem n = notifications.recent(5).getFirst();
        assertThat(n.kind()).isEqualTo(NotificationService.KIND_MENTION);
        assertThat(n.actorName()).startsWith("Sam Suivi");
        assertThat(n.subject()).isEqualTo("Ouvrir un lieu d’accueil enfants-parents");
        assertThat(n.target()).isEqualTo(NotificationTarget.objective(w.objectiveId()));
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        login.as(w.user("secretariat"));
        assertThat(notifications.unreadCount()).as("not mentioned").isZero();
        login.as("lecteur");
        assertThat(notifications.unreadCount()).as("the demo reader is no member of this convention").isZero();
    }

    @Test
    void commentsSurviveEditsOfTheObjective() {
        login.as(w.user("copil"));
        discussion.post(w.objectiveId(), "Premier message");
        ObjectiveDetails d = editing.get(w.objectiveId());
        editing.save(d.id(), d.version(), d.draft().with(ObjectiveField.TITLE, "Nouveau titre"));
        ObjectiveDetails d2 = editing.get(w.objectiveId());
        editing.save(d2.id(), d2.version(), d2.draft().with(ObjectiveField.DESCRIPTION, ""));
        assertThat(discussion.comments(w.objectiveId())).extracting(ObjectiveComment::body).containsExactly("Premier message");
    }

    @Test
    void readersReadButDoNotPostAndEmptyMessagesAreRefused() {
        login.as(w.user("lecteur"));
        assertThat(discussion.comments(w.objectiveId())).isEmpty();
        assertThatThrownBy(() -> discussion.post(w.objectiveId(), "Bonjour")).isInstanceOf(AccessRefusedException.class);
        login.as(w.user("suivi"));
        assertThatThrownBy(() -> discussion.post(w.objectiveId(), "   "))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "objective.comment.error.empty");
        assertThatThrownBy(() -> discussion.post(w.objectiveId(), "x".repeat(5001)))
                .hasFieldOrPropertyWithValue("messageKey", "objective.comment.error.tooLong");
        assertThat(discussion.comments(w.objectiveId())).isEmpty();
    }
}
