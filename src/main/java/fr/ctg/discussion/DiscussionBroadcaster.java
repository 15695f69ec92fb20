package fr.ctg.discussion;

import fr.ctg.collaboration.CollaborationHub;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** After commit, tells every open view of a discussion that it changed. */
@Component
class DiscussionBroadcaster {

    private final CollaborationHub hub;

    DiscussionBroadcaster(CollaborationHub hub) {
        this.hub = hub;
    }

    @TransactionalEventListener
    void on(DiscussionChanged event) {
        hub.publish(event.topic(), event);
    }
}
