package fr.ctg.discussion;

import fr.ctg.collaboration.CollaborationHub;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** After commit, tells every open view of a discussion that it changed. */
@Component
class DiscussionBroadcaster {

    private final CollaborationHub hub;

    DiscussionBroadcaster(CollaborationHub hub) {
        this.hub = hub;
    }

    @EventListener
    void on(DiscussionChanged event) {
        hub.publishAfterCommit(event.topic(), event);
    }
}
