package fr.ctg.collaboration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.collaboration.Participant;
import fr.ctg.collaboration.PresenceSnapshot;
import fr.ctg.convention.ConventionTextChanged;
import fr.ctg.convention.TextDraft;
import fr.ctg.convention.TextPart;
import fr.ctg.discussion.DiscussionChanged;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.evaluation.EvaluativeQuestionChanged;
import fr.ctg.evaluation.QuestionDraft;
import fr.ctg.evaluation.QuestionStatus;
import fr.ctg.notification.NotificationCreated;
import fr.ctg.objective.ObjectiveChanged;
import fr.ctg.objective.ObjectiveDraft;
import fr.ctg.objective.ObjectiveField;
import fr.ctg.objective.ObjectiveStatus;
import fr.ctg.security.MembershipEnded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What nodes send each other comes back equal, and a message can only ever rebuild one of the portal's records. */
class HubCodecTest {

    private final HubCodec codec = new HubCodec();

    static Stream<Object> everyPayloadTheHubCarries() {
        ObjectiveDraft draft = new ObjectiveDraft("Accès aux droits", "Décrire « l’accueil »\nsur deux lignes", 3L,
                Set.of(2L, 1L), Set.of(7L), Set.of("Anne Martin"), ObjectiveStatus.IN_PROGRESS, 40,
                LocalDate.of(2026, 1, 15), LocalDate.of(2027, 6, 30), "Résultats", null, 2);
        return Stream.of(
                new ObjectiveChanged(1, 10, 4, 7, "Anne Martin", EnumSet.of(ObjectiveField.TITLE, ObjectiveField.PROGRESS),
                        draft),
                new NotificationCreated(42),
                new MembershipEnded(42, null),
                new MembershipEnded(42, 3L),
                new ConventionTextChanged(1, TextPart.ARTICLE, 12, 3, 7, "Anne", new TextDraft("Article 12", "Texte", true)),
                new DiscussionChanged(DiscussionKind.MINUTES_SECTION, 5),
                new EvaluativeQuestionChanged(1, 2, 3, 7, "Anne", new QuestionDraft("Q ?", "critères", "sources", "réponse"),
                        QuestionStatus.ANSWERED, "Bruno", Instant.parse("2026-11-28T10:15:30.123Z")));
    }

    @ParameterizedTest
    @MethodSource("everyPayloadTheHubCarries")
    void aPayloadComesBackEqual(Object payload) {
        String message = codec.event("node-a", "topic:1", payload).orElseThrow();
        HubCodec.Event event = codec.readEvent(message);
        assertThat(event.node()).isEqualTo("node-a");
        assertThat(event.topic()).isEqualTo("topic:1");
        assertThat(codec.payload(event)).contains(payload);
    }

    @Test
    void presenceComesBackEqual() {
        List<PresenceSnapshot.Present> here = List.of(new PresenceSnapshot.Present(new Participant("s/1", 7, "Anne"), "TITLE"),
                new PresenceSnapshot.Present(new Participant("s/2", 8, "Bruno"), null));
        HubCodec.Presence presence = codec.readPresence(codec.presence("node-b", true, Map.of("objective:1", here,
                "objective:2", List.of())));
        assertThat(presence.node()).isEqualTo("node-b");
        assertThat(presence.full()).isTrue();
        assertThat(presence.topics()).containsEntry("objective:1", here).containsEntry("objective:2", List.of());
    }

    @Test
    void onlyThePortalsOwnRecordsAreSentOrRebuilt() {
        assertThat(codec.event("a", "t", "a string")).isEmpty();
        assertThat(codec.event("a", "t", new StringBuilder("not a record"))).isEmpty();
        String forged = codec.event("a", "t", new NotificationCreated(1)).orElseThrow()
                .replace(NotificationCreated.class.getName(), "java.net.URL");
        assertThat(codec.payload(codec.readEvent(forged))).isEmpty();
        String notARecord = codec.event("a", "t", new NotificationCreated(1)).orElseThrow()
                .replace(NotificationCreated.class.getName(), HubCodec.class.getName());
        assertThat(codec.payload(codec.readEvent(notARecord))).isEmpty();
        String unknown = codec.event("a", "t", new NotificationCreated(1)).orElseThrow()
                .replace(NotificationCreated.class.getName(), "fr.ctg.NoSuchRecord");
        assertThat(codec.payload(codec.readEvent(unknown))).isEmpty();
    }
}
