package fr.ctg.collaboration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.collaboration.Participant;
import fr.ctg.collaboration.PresenceHandle;
import fr.ctg.collaboration.PresenceSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Presence, field focus, leaving, expiry of silent participants, and broadcast. */
class InMemoryCollaborationHubTest {

    private final MovableClock clock = new MovableClock();
    private final InMemoryCollaborationHub hub = new InMemoryCollaborationHub(clock, Duration.ofSeconds(25),
            Duration.ofHours(1));

    @AfterEach
    void stop() {
        hub.stop();
    }

    private static Participant p(String key, long account, String name) {
        return new Participant(key, account, name);
    }

    @Test
    void everyoneSeesWhoIsHereAndWhichFieldTheyEdit() {
        AtomicReference<PresenceSnapshot> seenByA = new AtomicReference<>();
        PresenceHandle a = hub.join("objective:1", p("a", 1, "Anne"), seenByA::set);
        PresenceHandle b = hub.join("objective:1", p("b", 2, "Bruno"), s -> { });
        assertThat(seenByA.get().othersThan("a")).extracting(x -> x.participant().displayName()).containsExactly("Bruno");

        b.focus("TITLE");
        assertThat(seenByA.get().editorOf("TITLE", "a")).map(Participant::displayName).contains("Bruno");
        b.focus("PROGRESS");
        assertThat(seenByA.get().editorOf("TITLE", "a")).isEmpty();
        b.blur("TITLE"); // late blur of a field already left: ignored
        assertThat(seenByA.get().editorOf("PROGRESS", "a")).isPresent();
        b.blur("PROGRESS");
        assertThat(seenByA.get().editorOf("PROGRESS", "a")).isEmpty();

        b.remove();
        assertThat(seenByA.get().othersThan("a")).isEmpty();
        a.remove();
        assertThat(hub.presence("objective:1").present()).isEmpty();
    }

    @Test
    void aParticipantWhoseHeartbeatsStopIsRemovedAfterTheTimeout() {
        AtomicReference<PresenceSnapshot> seenByA = new AtomicReference<>();
        PresenceHandle a = hub.join("objective:2", p("a", 1, "Anne"), seenByA::set);
        hub.join("objective:2", p("b", 2, "Bruno"), s -> { });
        clock.advance(Duration.ofSeconds(20));
        a.touch(); // Anne's tab is alive, Bruno's stopped sending heartbeats
        hub.sweep();
        assertThat(seenByA.get().othersThan("a")).hasSize(1);
        clock.advance(Duration.ofSeconds(6));
        hub.sweep();
        assertThat(seenByA.get().othersThan("a")).as("Bruno gone 26 s after his last sign of life").isEmpty();
        assertThat(hub.presence("objective:2").present()).extracting(x -> x.participant().key()).containsExactly("a");
    }

    @Test
    void publishedPayloadsReachSubscribersUntilTheyUnsubscribe() {
        List<Object> got = new ArrayList<>();
        var registration = hub.subscribe("topic", got::add);
        hub.subscribe("topic", x -> {
            throw new IllegalStateException("a broken subscriber does not stop the others");
        });
        hub.publish("topic", "one");
        hub.publish("other", "ignored");
        registration.remove();
        hub.publish("topic", "two");
        assertThat(got).containsExactly("one");
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
