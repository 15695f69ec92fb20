package fr.ctg.layout;

import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.security.MembershipEnded;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** After commit, tells the person's open pages that a membership of theirs (or their account) ended. */
@Component
class AccessEndedBroadcaster {

    private final CollaborationHub hub;

    AccessEndedBroadcaster(CollaborationHub hub) {
        this.hub = hub;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MembershipEnded event) {
        hub.publish(MembershipEnded.topic(event.accountId()), event);
    }
}
