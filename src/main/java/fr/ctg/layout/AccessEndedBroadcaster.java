package fr.ctg.layout;

import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.security.MembershipEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** After commit, tells the person's open pages that a membership of theirs (or their account) ended. */
@Component
class AccessEndedBroadcaster {

    private final CollaborationHub hub;

    AccessEndedBroadcaster(CollaborationHub hub) {
        this.hub = hub;
    }

    @EventListener
    void on(MembershipEnded event) {
        hub.publishAfterCommit(MembershipEnded.topic(event.accountId()), event);
    }
}
