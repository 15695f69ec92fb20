package fr.ctg.collaboration;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Presence, field focus and change broadcast between the people looking at the same thing. This
 * in-JVM contract is what views use; a multi-node version (a message broker, the database) can
 * replace the implementation without touching them.
 * <p>
 * Listeners are called on the publisher's thread: UI code must hand the work to {@code ui.access}
 * (see {@link UiCollaboration}, which also coalesces bursts).
 */
public interface CollaborationHub {

    /** Receives every payload published on the topic until the registration is removed. */
    Registration subscribe(String topic, Consumer<Object> listener);

    /** Sends a payload to every subscriber of the topic. */
    void publish(String topic, Object payload);

    /**
     * Sends it once the current transaction has committed (never if it rolls back), or at once outside a transaction.
     * For live notices ("this changed, read it again"): called from a plain {@code @EventListener}, not a
     * {@code @TransactionalEventListener}, so that Spring Modulith does not store a publication nobody would replay
     * (ADR 0029).
     */
    default void publishAfterCommit(String topic, Object payload) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish(topic, payload);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publish(topic, payload);
            }
        });
    }

    /**
     * Joins a topic's presence: the listener receives the snapshot now and after every change.
     * A participant that is not touched for the presence timeout is removed as if it had left.
     */
    PresenceHandle join(String topic, Participant participant, Consumer<PresenceSnapshot> listener);

    /** The current presence on a topic. */
    PresenceSnapshot presence(String topic);
}
