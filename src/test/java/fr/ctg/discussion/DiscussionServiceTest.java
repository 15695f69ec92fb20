package fr.ctg.discussion;

import static fr.ctg.document.TestFiles.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.PageRef;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.DocumentMeta;
import fr.ctg.document.DocumentService;
import fr.ctg.document.TestFiles;

import fr.ctg.governance.CommitteeService;
import fr.ctg.governance.MeetingService;
import fr.ctg.governance.NewMeeting;
import fr.ctg.minutes.MinutesFixture;
import fr.ctg.minutes.MinutesService;
import fr.ctg.notification.NotificationItem;
import fr.ctg.notification.NotificationService;
import fr.ctg.notification.NotificationTarget;
import fr.ctg.objective.EditingFixture;
import fr.ctg.objective.ObjectiveDetails;
import fr.ctg.objective.ObjectiveEditingService;
import fr.ctg.objective.ObjectiveField;
import fr.ctg.search.SearchHit;
import fr.ctg.search.SearchKind;
import fr.ctg.search.SearchService;
import fr.ctg.security.Committee;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One discussion for every kind of item: replies one level deep, one's own comments edited or removed with every
 * wording kept, mentions and replies that notify, and each item's own read rule (an association, draft minutes, a
 * second convention), in the discussion and in the search.
 */
@CtgSpringTest
class DiscussionServiceTest {

    @Autowired
    DiscussionService discussion;
    @Autowired
    ObjectiveEditingService editing;
    @Autowired
    NotificationService notifications;
    @Autowired
    DocumentService documents;
    @Autowired
    MeetingService meetings;
    @Autowired
    CommitteeService committees;
    @Autowired
    MinutesService minutes;
    @Autowired
    MinutesFixture minutesFixture;
    @Autowired
    SearchService search;
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

    private List<CommentRow> thread(DiscussionKind kind, long id) {
        return discussion.discussion(kind, id).comments();
    }

    @Test
    void aMentionNotifiesTheMentionedMemberOnly() {
        login.as(w.user("suivi"));
        discussion.post(DiscussionKind.OBJECTIVE, w.objectiveId(), "@" + w.user("copil")
                + " peux-tu relire ? (et @inconnu, @" + w.user("lecteur") + "x, @" + w.user("association") + ")");
        login.as(w.user("copil"));
        assertThat(notifications.unreadCount()).isEqualTo(1);
        NotificationItem n = notifications.recent(5).getFirst();
        assertThat(n.kind()).isEqualTo(NotificationService.KIND_MENTION);
        assertThat(n.actorName()).startsWith("Sam Suivi");
        assertThat(n.subject()).isEqualTo("Ouvrir un lieu d’accueil enfants-parents");
        assertThat(n.target()).isEqualTo(NotificationTarget.objective(w.objectiveId()));
        login.as(w.user("secretariat"));
        assertThat(notifications.unreadCount()).as("not mentioned").isZero();
        login.as(w.user("association"));
        assertThat(notifications.unreadCount()).as("an association reads no objective: never told of one").isZero();
        login.as("lecteur");
        assertThat(notifications.unreadCount()).as("the demo reader is no member of this convention").isZero();
    }

    @Test
    void commentsSurviveEditsOfTheObjective() {
        login.as(w.user("copil"));
        discussion.post(DiscussionKind.OBJECTIVE, w.objectiveId(), "Premier message");
        ObjectiveDetails d = editing.get(w.objectiveId());
        editing.save(d.id(), d.version(), d.draft().with(ObjectiveField.TITLE, "Nouveau titre"));
        ObjectiveDetails d2 = editing.get(w.objectiveId());
        editing.save(d2.id(), d2.version(), d2.draft().with(ObjectiveField.DESCRIPTION, ""));
        assertThat(thread(DiscussionKind.OBJECTIVE, w.objectiveId())).extracting(CommentRow::body)
                .containsExactly("Premier message");
    }

    @Test
    void readersReadButDoNotWriteAndEmptyOrLongMessagesAreRefused() {
        login.as(w.user("copil"));
        long first = discussion.post(DiscussionKind.OBJECTIVE, w.objectiveId(), "Bonjour").id();
        login.as(w.user("lecteur"));
        DiscussionDetails seen = discussion.discussion(DiscussionKind.OBJECTIVE, w.objectiveId());
        assertThat(seen.canComment()).isFalse();
        assertThat(seen.comments()).extracting(CommentRow::body).containsExactly("Bonjour");
        assertThatThrownBy(() -> discussion.post(DiscussionKind.OBJECTIVE, w.objectiveId(), "Bonjour"))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> discussion.reply(first, "Bonjour")).isInstanceOf(AccessRefusedException.class);
        login.as(w.user("suivi"));
        assertThatThrownBy(() -> discussion.post(DiscussionKind.OBJECTIVE, w.objectiveId(), "   "))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "discussion.error.empty");
        assertThatThrownBy(() -> discussion.post(DiscussionKind.OBJECTIVE, w.objectiveId(), "x".repeat(5001)))
                .hasFieldOrPropertyWithValue("messageKey", "discussion.error.tooLong");
        assertThatThrownBy(() -> discussion.reply(first, null))
                .hasFieldOrPropertyWithValue("messageKey", "discussion.error.empty");
        assertThatThrownBy(() -> discussion.reply(first + 1_000_000, "Bonjour")).isInstanceOf(NotFoundException.class);
        assertThat(discussion.discussion(DiscussionKind.OBJECTIVE, w.objectiveId()).size()).isEqualTo(1);
    }

    @Test
    void aReplyAnswersItsThreadOneLevelDeepAndTellsTheAuthorAnsweredOnce() {
        login.as(w.user("copil"));
        long question = discussion.post(DiscussionKind.OBJECTIVE, w.objectiveId(), "Quelles communes ?").id();
        login.as(w.user("suivi"));
        long answer = discussion.reply(question, "Lombez, Samatan, Saramon.").id();
        login.as(w.user("secretariat"));
        CommentRow late = discussion.reply(answer, "@" + w.user("suivi") + " et Simorre ?");
        assertThat(late.parentId()).as("answering a reply joins its thread").isEqualTo(question);

        List<CommentRow> top = thread(DiscussionKind.OBJECTIVE, w.objectiveId());
        assertThat(top).singleElement().satisfies(c -> {
            assertThat(c.body()).isEqualTo("Quelles communes ?");
            assertThat(c.replies()).extracting(CommentRow::body)
                    .containsExactly("Lombez, Samatan, Saramon.", "@" + w.user("suivi") + " et Simorre ?");
            assertThat(c.replies()).allSatisfy(r -> assertThat(r.replies()).isEmpty());
        });

        login.as(w.user("copil"));
        assertThat(notifications.recent(5)).extracting(NotificationItem::kind)
                .containsExactly(NotificationService.KIND_REPLY);
        login.as(w.user("suivi"));
        assertThat(notifications.recent(5)).extracting(NotificationItem::kind)
                .as("mentioned in the reply to their reply: told once, as a mention")
                .containsExactly(NotificationService.KIND_MENTION);
        login.as(w.user("copil2"));
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void anAuthorEditsAndRemovesOnlyTheirOwnCommentAndEveryWordingIsKept() {
        login.as(w.user("copil"));
        long id = discussion.post(DiscussionKind.OBJECTIVE, w.objectiveId(), "Réunion le 12").id();
        login.as(w.user("copil2"));
        long reply = discussion.reply(id, "D’accord").id();
        assertThatThrownBy(() -> discussion.edit(id, "Réunion annulée")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> discussion.remove(id)).isInstanceOf(AccessRefusedException.class);

        login.as(w.user("copil"));
        discussion.edit(id, "Réunion le 12");
        assertThat(discussion.revisions(id)).as("the same text again changes nothing").isEmpty();
        assertThatThrownBy(() -> discussion.edit(id, " ")).hasFieldOrPropertyWithValue("messageKey",
                "discussion.error.empty");
        CommentRow edited = discussion.edit(id, "Réunion le 14");
        assertThat(edited.editedAt()).isNotNull();
        CommentRow seen = thread(DiscussionKind.OBJECTIVE, w.objectiveId()).getFirst();
        assertThat(seen.body()).isEqualTo("Réunion le 14");
        assertThat(seen.mine()).isTrue();
        assertThat(seen.revisions()).isEqualTo(1);

        discussion.remove(id);
        login.as(w.user("lecteur"));
        CommentRow removed = thread(DiscussionKind.OBJECTIVE, w.objectiveId()).getFirst();
        assertThat(removed.removed()).isTrue();
        assertThat(removed.body()).isEmpty();
        assertThat(removed.mine()).isFalse();
        assertThat(removed.replies()).extracting(CommentRow::id).as("its replies stay").containsExactly(reply);
        assertThat(removed.revisions()).as("what was removed is not offered to others").isZero();
        assertThatThrownBy(() -> discussion.revisions(id)).isInstanceOf(AccessRefusedException.class);
        login.as(w.user("secretariat"));
        assertThat(discussion.revisions(id)).as("kept for the secretariat").extracting(CommentRevisionRow::body)
                .containsExactly("Réunion le 12", "Réunion le 14");

        login.as(w.user("copil"));
        assertThatThrownBy(() -> discussion.edit(id, "Encore")).hasFieldOrPropertyWithValue("messageKey",
                "discussion.error.removed");
        assertThatThrownBy(() -> discussion.remove(id)).hasFieldOrPropertyWithValue("messageKey",
                "discussion.error.removed");
        assertThatThrownBy(() -> discussion.reply(id, "Pourquoi ?")).hasFieldOrPropertyWithValue("messageKey",
                "discussion.error.removed");
        assertThat(search.search("réunion", Set.of(SearchKind.COMMENT), null).hits())
                .as("a removed comment is no longer found").isEmpty();
    }

    @Test
    void documentsIndicatorsMeetingsAndMinutesSectionsEachFollowTheirItemsReadRule() {
        login.as(w.user("secretariat"));
        long shared = documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "Programme", null),
                file("programme.pdf", TestFiles.pdf("Ateliers")));
        documents.setPublishedToAssociations(shared, true);
        long internal = documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "Budget", null),
                file("budget.pdf", TestFiles.pdf("Chiffres")));
        long committee = committees.committees(w.conventionId()).stream()
                .filter(c -> c.kind() == Committee.COMITE_PILOTAGE).findFirst().orElseThrow().id();
        long meeting = meetings.schedule(w.conventionId(), new NewMeeting(committee, "COPIL de printemps",
                LocalDateTime.of(2027, 3, 4, 14, 0), LocalDateTime.of(2027, 3, 4, 16, 0), "Europe/Paris",
                "Lombez", null)).id();
        discussion.post(DiscussionKind.DOCUMENT, shared, "Programme relu : ateliers confirmés.");
        discussion.post(DiscussionKind.DOCUMENT, internal, "Budget des ateliers à revoir.");
        CommentRow onMeeting = discussion.post(DiscussionKind.MEETING, meeting, "Prévoir la salle pour les ateliers.");

        login.as(w.user("lecteur"));
        assertThat(thread(DiscussionKind.DOCUMENT, shared)).hasSize(1);
        assertThat(thread(DiscussionKind.MEETING, meeting)).extracting(CommentRow::id).containsExactly(onMeeting.id());
        assertThat(search.search("ateliers", Set.of(SearchKind.COMMENT), null).hits())
                .extracting(SearchHit::target).containsExactlyInAnyOrder(PageRef.document(shared),
                        PageRef.document(internal), PageRef.meeting(meeting));

        login.as(w.user("association"));
        assertThat(discussion.canRead(DiscussionKind.DOCUMENT, shared)).isFalse();
        assertThatThrownBy(() -> thread(DiscussionKind.DOCUMENT, shared))
                .as("the document is published to them, its discussion is the convention's")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> thread(DiscussionKind.DOCUMENT, internal)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> discussion.post(DiscussionKind.DOCUMENT, shared, "Merci"))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(search.search("ateliers", Set.of(SearchKind.COMMENT), null).hits()).isEmpty();

        EditingFixture.World other = fixture.create();
        login.as(other.user("secretariat"));
        assertThatThrownBy(() -> thread(DiscussionKind.DOCUMENT, shared)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> discussion.post(DiscussionKind.MEETING, meeting, "Intrusion"))
                .isInstanceOf(NotFoundException.class);
        assertThat(search.search("ateliers", Set.of(SearchKind.COMMENT), null).hits()).isEmpty();
    }

    @Test
    void aDraftMinutesSectionIsDiscussedByTheSecretariatOnlyUntilItIsCirculated() {
        MinutesFixture.HeldMeeting h = minutesFixture.create();
        login.as(h.user("secretariat"));
        long id = minutes.openForMeeting(h.meetingId());
        long section = minutes.details(id).sections().getFirst().id();
        discussion.post(DiscussionKind.MINUTES_SECTION, section, "Formulation du bilan à valider avec la Caf. @"
                + h.user("copil"));

        login.as(h.user("copil"));
        assertThat(notifications.unreadCount()).as("mentioned in a draft they may not read: not told of it").isZero();
        assertThat(discussion.canRead(DiscussionKind.MINUTES_SECTION, section)).isFalse();
        assertThatThrownBy(() -> thread(DiscussionKind.MINUTES_SECTION, section)).isInstanceOf(NotFoundException.class);
        assertThat(search.search("formulation", Set.of(SearchKind.COMMENT), null).hits()).isEmpty();

        login.as(h.user("secretariat"));
        minutes.startReview(id, LocalDate.of(2026, 12, 8));
        login.as(h.user("copil"));
        assertThat(thread(DiscussionKind.MINUTES_SECTION, section)).hasSize(1);
        assertThat(search.search("formulation", Set.of(SearchKind.COMMENT), null).hits())
                .extracting(SearchHit::target).containsExactly(PageRef.minutes(id));
        login.as(h.user("secretariat"));
        discussion.post(DiscussionKind.MINUTES_SECTION, section, "@" + h.user("copil") + " qu’en pensez-vous ?");
        login.as(h.user("copil"));
        assertThat(notifications.recent(5)).extracting(NotificationItem::kind).as("a reviewer now: told, once")
                .containsOnlyOnce(NotificationService.KIND_MENTION).contains(NotificationService.KIND_MINUTES_REVIEW);
    }
}
