package fr.ctg.objective;

import fr.ctg.collaboration.CollaborationHub;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** After commit, tells every open view of the objective (editor, list, dashboard) that it changed. */
@Component
class ObjectiveChangeBroadcaster {

    private final CollaborationHub hub;

    ObjectiveChangeBroadcaster(CollaborationHub hub) {
        this.hub = hub;
    }

    @TransactionalEventListener
    void on(ObjectiveChanged event) {
        hub.publish(ObjectiveTopics.objective(event.objectiveId()), event);
        hub.publish(ObjectiveTopics.convention(event.conventionId()), event);
    }
}
