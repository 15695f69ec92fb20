package fr.ctg.objective;

import fr.ctg.collaboration.CollaborationHub;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * After commit, tells every open view of the objective (editor, list, dashboard) that it changed. A live notice, not
 * a durable one: a plain listener that registers an after-commit callback, so that Spring Modulith's event
 * publication registry does not store it (a stored publication cost each save one insert and two more transactions
 * to mark and delete it, for a notice nobody replays: a view that missed it reads the objective when it opens).
 */
@Component
class ObjectiveChangeBroadcaster {

    private final CollaborationHub hub;

    ObjectiveChangeBroadcaster(CollaborationHub hub) {
        this.hub = hub;
    }

    @EventListener
    void on(ObjectiveChanged event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return; // published outside a transaction: nothing was saved
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                hub.publish(ObjectiveTopics.objective(event.objectiveId()), event);
                hub.publish(ObjectiveTopics.convention(event.conventionId()), event);
            }
        });
    }
}
