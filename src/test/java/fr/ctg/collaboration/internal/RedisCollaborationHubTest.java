package fr.ctg.collaboration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.ctg.RedisServer;
import fr.ctg.collaboration.Participant;
import fr.ctg.collaboration.PresenceHandle;
import fr.ctg.collaboration.PresenceSnapshot;
import fr.ctg.notification.NotificationCreated;
import io.lettuce.core.ClientOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Two nodes' hubs over a Redis server of the test's own: live changes and presence cross nodes, a silent node's
 * presence goes, and with Redis stopped a node keeps working alone, then shares again once Redis is back.
 */
class RedisCollaborationHubTest {

    private static final Duration HEARTBEAT = Duration.ofMillis(300);
    private RedisServer redis;
    private final List<LettuceConnectionFactory> factories = new ArrayList<>();
    private final List<RedisCollaborationHub> hubs = new ArrayList<>();

    @BeforeEach
    void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    @AfterEach
    void stopAll() throws Exception {
        for (RedisCollaborationHub hub : hubs) {
            hub.destroy();
        }
        factories.forEach(LettuceConnectionFactory::destroy);
        if (redis != null) {
            redis.close();
        }
    }

    private RedisCollaborationHub node() {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", redis.port),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2))
                        .clientOptions(ClientOptions.builder().autoReconnect(true)
                                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build())
                        .build());
        factory.afterPropertiesSet();
        factory.start();
        factories.add(factory);
        RedisCollaborationHub hub = new RedisCollaborationHub(factory, Clock.systemUTC(), Duration.ofSeconds(25),
                Duration.ofHours(1), HEARTBEAT, Duration.ofSeconds(2));
        hubs.add(hub);
        return hub;
    }

    private static void awaitNodes(RedisCollaborationHub... nodes) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (RedisCollaborationHub n : nodes) {
                if (n.otherNodes().size() != nodes.length - 1) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void aPayloadPublishedOnOneNodeReachesTheOthersSubscribersOnceAndItsOwnAtOnce() {
        RedisCollaborationHub a = node();
        RedisCollaborationHub b = node();
        awaitNodes(a, b);
        List<Object> onA = new CopyOnWriteArrayList<>();
        List<Object> onB = new CopyOnWriteArrayList<>();
        a.subscribe("account-notifications:7", onA::add);
        b.subscribe("account-notifications:7", onB::add);
        b.subscribe("account-notifications:8", p -> onB.add("wrong topic"));

        a.publish("account-notifications:7", new NotificationCreated(7));

        assertThat(onA).containsExactly(new NotificationCreated(7)); // delivered on the publisher's thread
        await().atMost(Duration.ofSeconds(5)).until(() -> onB.size() == 1);
        assertThat(onB).containsExactly(new NotificationCreated(7));
        a.publish("account-notifications:7", "a string stays on its node");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> onB.size() == 1);
        assertThat(onA).hasSize(2);
    }

    @Test
    void presenceAndFieldFocusAreSeenFromTheOtherNodeAndASilentNodeIsForgotten() throws Exception {
        RedisCollaborationHub a = node();
        RedisCollaborationHub b = node();
        awaitNodes(a, b);
        AtomicReference<PresenceSnapshot> seenOnB = new AtomicReference<>();
        PresenceHandle bruno = b.join("objective:1", new Participant("sb/1", 2, "Bruno"), seenOnB::set);
        PresenceHandle anne = a.join("objective:1", new Participant("sa/1", 1, "Anne"), s -> { });

        await().atMost(Duration.ofSeconds(5)).until(() -> seenOnB.get().othersThan("sb/1").size() == 1);
        anne.focus("TITLE");
        await().atMost(Duration.ofSeconds(5)).until(() -> seenOnB.get().editorOf("TITLE", "sb/1").isPresent());
        assertThat(a.presence("objective:1").present()).extracting(p -> p.participant().displayName())
                .containsExactly("Anne", "Bruno");
        anne.remove();
        await().atMost(Duration.ofSeconds(5)).until(() -> seenOnB.get().othersThan("sb/1").isEmpty());

        a.join("objective:1", new Participant("sa/2", 1, "Anne"), s -> { });
        await().atMost(Duration.ofSeconds(5)).until(() -> seenOnB.get().othersThan("sb/1").size() == 1);
        a.destroy(); // node A dies without saying goodbye: no more heartbeats
        hubs.remove(a);
        await().atMost(Duration.ofSeconds(6)).until(() -> seenOnB.get().othersThan("sb/1").isEmpty());
        assertThat(b.otherNodes()).isEmpty();
        bruno.remove();
    }

    @Test
    void withRedisStoppedANodeWorksAloneAndSharesAgainOnceRedisIsBack() throws Exception {
        RedisCollaborationHub a = node();
        RedisCollaborationHub b = node();
        awaitNodes(a, b);
        List<Object> onA = new CopyOnWriteArrayList<>();
        List<Object> onB = new CopyOnWriteArrayList<>();
        a.subscribe("t", onA::add);
        b.subscribe("t", onB::add);
        AtomicReference<PresenceSnapshot> seenOnB = new AtomicReference<>();
        b.join("objective:2", new Participant("sb/1", 2, "Bruno"), seenOnB::set);
        a.join("objective:2", new Participant("sa/1", 1, "Anne"), s -> { });
        await().atMost(Duration.ofSeconds(5)).until(() -> seenOnB.get().othersThan("sb/1").size() == 1);

        redis.stop();
        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            a.publish("t", new NotificationCreated(i));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500)); // never waits on Redis
        assertThat(onA).hasSize(50);
        await().atMost(Duration.ofSeconds(6)).until(() -> seenOnB.get().othersThan("sb/1").isEmpty()); // A not heard

        redis.startAgain();
        await().atMost(Duration.ofSeconds(20)).until(() -> seenOnB.get() != null
                && seenOnB.get().othersThan("sb/1").size() == 1); // presence rebuilt from heartbeats
        onB.clear();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            a.publish("t", new NotificationCreated(99));
            Thread.sleep(100);
            return onB.contains(new NotificationCreated(99));
        });
    }
}
