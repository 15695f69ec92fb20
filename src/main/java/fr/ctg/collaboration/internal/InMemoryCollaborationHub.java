package fr.ctg.collaboration.internal;

import com.vaadin.flow.shared.Registration;
import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.collaboration.Participant;
import fr.ctg.collaboration.PresenceHandle;
import fr.ctg.collaboration.PresenceSnapshot;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The single-node hub: topics, subscribers and presence in memory. A sweeper removes participants
 * whose view has not been touched for the presence timeout (a closed tab or a lost connection stops
 * the heartbeats that touch it). It is the default ({@code ctg.collaboration.hub=memory}); with several
 * nodes, {@link RedisCollaborationHub} uses one as its node-local part and adds the other nodes'
 * presence through a {@link PresenceExchange}.
 */
@Component
@ConditionalOnProperty(name = "ctg.collaboration.hub", havingValue = "memory", matchIfMissing = true)
class InMemoryCollaborationHub implements CollaborationHub {

    private static final Logger log = LoggerFactory.getLogger(InMemoryCollaborationHub.class);

    private final Map<String, List<Consumer<Object>>> subscribers = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Entry>> presence = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<PresenceSnapshot>>> presenceListeners = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration timeout;
    private final ScheduledExecutorService sweeper;
    private final PresenceExchange exchange;

    @Autowired
    InMemoryCollaborationHub(Clock clock,
                             @Value("${ctg.collaboration.presence-timeout:PT25S}") Duration timeout,
                             @Value("${ctg.collaboration.sweep-interval:PT5S}") Duration sweepInterval) {
        this(clock, timeout, sweepInterval, PresenceExchange.NONE);
    }

    InMemoryCollaborationHub(Clock clock, Duration timeout, Duration sweepInterval, PresenceExchange exchange) {
        this.exchange = exchange;
        this.clock = clock;
        this.timeout = timeout;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "presence-sweeper");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, sweepInterval.toMillis(), sweepInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
    }

    @Override
    public Registration subscribe(String topic, Consumer<Object> listener) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> subscribers.getOrDefault(topic, List.of()).remove(listener);
    }

    @Override
    public void publish(String topic, Object payload) {
        deliver(topic, payload);
    }

    /** Hands a payload to this node's subscribers of the topic. */
    void deliver(String topic, Object payload) {
        for (Consumer<Object> listener : subscribers.getOrDefault(topic, List.of())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                log.warn("A subscriber of {} failed: {}", topic, e.toString());
            }
        }
    }

    @Override
    public PresenceHandle join(String topic, Participant participant, Consumer<PresenceSnapshot> listener) {
        Entry entry = new Entry(participant, clock.millis());
        presence.computeIfAbsent(topic, t -> new ConcurrentHashMap<>()).put(participant.key(), entry);
        presenceListeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        localPresenceChanged(topic);
        return new PresenceHandle() {
            @Override
            public void focus(String field) {
                entry.touched = clock.millis();
                if (!Objects.equals(entry.focusedField, field)) {
                    entry.focusedField = field;
                    localPresenceChanged(topic);
                }
            }

            @Override
            public void blur(String field) {
                entry.touched = clock.millis();
                if (field != null && field.equals(entry.focusedField)) {
                    entry.focusedField = null;
                    localPresenceChanged(topic);
                }
            }

            @Override
            public void touch() {
                entry.touched = clock.millis();
                Map<String, Entry> members = presence.get(topic);
                if (members != null && members.putIfAbsent(participant.key(), entry) == null) {
                    localPresenceChanged(topic); // came back after being swept
                }
            }

            @Override
            public void remove() {
                presenceListeners.getOrDefault(topic, List.of()).remove(listener);
                Map<String, Entry> members = presence.get(topic);
                if (members != null && members.remove(participant.key()) != null) {
                    localPresenceChanged(topic);
                }
            }
        };
    }

    @Override
    public PresenceSnapshot presence(String topic) {
        List<PresenceSnapshot.Present> list = new ArrayList<>(localPresence(topic));
        list.addAll(exchange.remote(topic));
        list.sort(Comparator.comparing((PresenceSnapshot.Present p) -> p.participant().displayName())
                .thenComparing(p -> p.participant().key()));
        return new PresenceSnapshot(topic, List.copyOf(list));
    }

    /** Removes participants not touched within the timeout; public for the tests through the API's contract. */
    void sweep() {
        long limit = clock.millis() - timeout.toMillis();
        for (Map.Entry<String, Map<String, Entry>> topic : presence.entrySet()) {
            boolean changed = topic.getValue().values().removeIf(e -> e.touched < limit);
            if (changed) {
                localPresenceChanged(topic.getKey());
            }
        }
    }

    /** Who is on the topic on this node only. */
    List<PresenceSnapshot.Present> localPresence(String topic) {
        List<PresenceSnapshot.Present> list = new ArrayList<>();
        for (Entry e : presence.getOrDefault(topic, Map.of()).values()) {
            list.add(new PresenceSnapshot.Present(e.participant, e.focusedField));
        }
        return list;
    }

    /** Every topic with someone on it on this node, with who (for the other nodes' heartbeat). */
    Map<String, List<PresenceSnapshot.Present>> localPresence() {
        Map<String, List<PresenceSnapshot.Present>> all = new HashMap<>();
        for (String topic : presence.keySet()) {
            List<PresenceSnapshot.Present> here = localPresence(topic);
            if (!here.isEmpty()) {
                all.put(topic, here);
            }
        }
        return all;
    }

    private void localPresenceChanged(String topic) {
        exchange.localChanged(topic, localPresence(topic));
        firePresence(topic);
    }

    /** Tells this node's listeners of the topic who is there now (also when another node's presence changed). */
    void firePresence(String topic) {
        PresenceSnapshot snapshot = presence(topic);
        for (Consumer<PresenceSnapshot> listener : presenceListeners.getOrDefault(topic, List.of())) {
            try {
                listener.accept(snapshot);
            } catch (RuntimeException e) {
                log.warn("A presence listener of {} failed: {}", topic, e.toString());
            }
        }
    }

    private static final class Entry {
        final Participant participant;
        volatile long touched;
        volatile String focusedField;

        Entry(Participant participant, long touched) {
            this.participant = participant;
            this.touched = touched;
        }
    }
}
