package fr.ctg.collaboration.internal;

import com.vaadin.flow.shared.Registration;
import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.collaboration.Participant;
import fr.ctg.collaboration.PresenceHandle;
import fr.ctg.collaboration.PresenceSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The hub of several nodes: each node keeps its own subscribers and presence in an {@link InMemoryCollaborationHub},
 * delivers what is published on it at once, and shares it over Redis pub/sub — payloads on one channel, presence on
 * another, with a full heartbeat of each node's presence every few seconds. A node not heard for the node timeout is
 * forgotten with its presence; after a Redis restart the subscription reconnects and the next heartbeats rebuild
 * presence. Nothing waits on Redis: messages leave from a bounded queue of their own, so a save never depends on it.
 */
final class RedisCollaborationHub implements CollaborationHub, MessageListener, DisposableBean {

    static final String EVENTS = "ctg:hub:events";
    static final String PRESENCE = "ctg:hub:presence";
    private static final Logger log = LoggerFactory.getLogger(RedisCollaborationHub.class);

    private final String node = UUID.randomUUID().toString();
    private final HubCodec codec = new HubCodec();
    private final InMemoryCollaborationHub local;
    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer container;
    private final Map<String, RemoteNode> nodes = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor sender;
    private final ScheduledExecutorService heartbeat;
    private final long nodeTimeoutNanos;
    private final AtomicBoolean redisDown = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();

    RedisCollaborationHub(RedisConnectionFactory connections, Clock clock, Duration presenceTimeout,
                          Duration sweepInterval, Duration heartbeatInterval, Duration nodeTimeout) {
        this.local = new InMemoryCollaborationHub(clock, presenceTimeout, sweepInterval, new Exchange());
        this.redis = new StringRedisTemplate(connections);
        this.nodeTimeoutNanos = nodeTimeout.toNanos();
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10_000),
                r -> daemon(r, "hub-redis-sender"), (task, pool) -> dropped.incrementAndGet());
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "hub-redis-heartbeat"));
        this.container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.setRecoveryBackoff(new FixedBackOff(heartbeatInterval.toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS));
        container.addMessageListener(this, List.of(new ChannelTopic(EVENTS), new ChannelTopic(PRESENCE)));
        container.afterPropertiesSet();
        container.start();
        long every = heartbeatInterval.toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        log.info("Collaboration hub over Redis pub/sub, node {}", node);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void destroy() throws Exception {
        heartbeat.shutdownNow();
        sender.shutdownNow();
        container.stop();
        container.destroy();
        local.stop();
    }

    @Override
    public Registration subscribe(String topic, Consumer<Object> listener) {
        return local.subscribe(topic, listener);
    }

    @Override
    public void publish(String topic, Object payload) {
        local.deliver(topic, payload);
        codec.event(node, topic, payload).ifPresent(message -> send(EVENTS, message));
    }

    @Override
    public PresenceHandle join(String topic, Participant participant, Consumer<PresenceSnapshot> listener) {
        return local.join(topic, participant, listener);
    }

    @Override
    public PresenceSnapshot presence(String topic) {
        return local.presence(topic);
    }

    /** This node's name on the channels. */
    String node() {
        return node;
    }

    /** The nodes heard from within the node timeout (not this one). */
    Set<String> otherNodes() {
        return Set.copyOf(nodes.keySet());
    }

    /** Messages not sent because the queue towards Redis was full. */
    long dropped() {
        return dropped.get();
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        try {
            if (EVENTS.equals(channel)) {
                HubCodec.Event event = codec.readEvent(body);
                if (!node.equals(event.node())) {
                    codec.payload(event).ifPresent(payload -> local.deliver(event.topic(), payload));
                }
            } else if (PRESENCE.equals(channel)) {
                received(codec.readPresence(body));
            }
        } catch (RuntimeException e) {
            log.warn("Ignored an unreadable message on {}: {}", channel, e.toString());
        }
    }

    private void received(HubCodec.Presence presence) {
        if (node.equals(presence.node())) {
            return;
        }
        RemoteNode[] created = new RemoteNode[1];
        RemoteNode remote = nodes.computeIfAbsent(presence.node(), n -> created[0] = new RemoteNode());
        remote.seen = System.nanoTime();
        Set<String> changed = new HashSet<>();
        if (presence.full()) {
            for (String topic : remote.topics.keySet()) {
                if (!presence.topics().containsKey(topic)) {
                    remote.topics.remove(topic);
                    changed.add(topic);
                }
            }
        }
        presence.topics().forEach((topic, here) -> {
            List<PresenceSnapshot.Present> before = here.isEmpty() ? remote.topics.remove(topic)
                    : remote.topics.put(topic, List.copyOf(here));
            if (!Objects.equals(before == null ? List.of() : before, here)) {
                changed.add(topic);
            }
        });
        changed.forEach(local::firePresence);
        if (created[0] != null) {
            sender.execute(this::sendFullPresence); // a node just came: it learns who is here now
        }
    }

    /** Sends this node's whole presence and forgets nodes gone silent. */
    private void beat() {
        try {
            sendFullPresence();
            long now = System.nanoTime();
            for (Map.Entry<String, RemoteNode> e : nodes.entrySet()) {
                if (now - e.getValue().seen > nodeTimeoutNanos && nodes.remove(e.getKey(), e.getValue())) {
                    log.info("Collaboration node {} not heard for {} s: its presence is dropped", e.getKey(),
                            TimeUnit.NANOSECONDS.toSeconds(nodeTimeoutNanos));
                    e.getValue().topics.keySet().forEach(local::firePresence);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Presence heartbeat failed: {}", e.toString());
        }
    }

    private void sendFullPresence() {
        transmit(PRESENCE, codec.presence(node, true, local.localPresence()));
    }

    private void send(String channel, String message) {
        sender.execute(() -> transmit(channel, message));
    }

    private void transmit(String channel, String message) {
        try {
            redis.convertAndSend(channel, message);
            if (redisDown.compareAndSet(true, false)) {
                log.info("Redis answers again: collaboration shared between nodes again");
            }
        } catch (RuntimeException e) {
            if (redisDown.compareAndSet(false, true)) {
                log.warn("Redis does not answer ({}): saves go on, live changes and presence stay on this node "
                        + "until it is back", e.toString());
            }
        }
    }

    private static final class RemoteNode {
        volatile long seen = System.nanoTime();
        final Map<String, List<PresenceSnapshot.Present>> topics = new ConcurrentHashMap<>();
    }

    /** What the node-local hub asks of the others. */
    private final class Exchange implements PresenceExchange {

        @Override
        public List<PresenceSnapshot.Present> remote(String topic) {
            List<PresenceSnapshot.Present> all = new ArrayList<>();
            for (RemoteNode remote : nodes.values()) {
                all.addAll(remote.topics.getOrDefault(topic, List.of()));
            }
            return all;
        }

        @Override
        public void localChanged(String topic, List<PresenceSnapshot.Present> here) {
            send(PRESENCE, codec.presence(node, false, Map.of(topic, here)));
        }
    }
}
