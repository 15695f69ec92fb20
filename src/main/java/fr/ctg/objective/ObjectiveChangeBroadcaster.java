package fr.ctg.objective;

import fr.ctg.collaboration.CollaborationHub;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After commit, tells every open view of the objective (editor, list, dashboard) that it changed. A live notice, not
 * a durable one: {@link CollaborationHub#publishAfterCommit} from a plain listener, so that Spring Modulith's event
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
        hub.publishAfterCommit(ObjectiveTopics.objective(event.objectiveId()), event);
        hub.publishAfterCommit(ObjectiveTopics.convention(event.conventionId()), event);
    }
}
