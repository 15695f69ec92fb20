package fr.ctg.convention;

import fr.ctg.collaboration.CollaborationHub;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** After commit, tells every open view of the article or annex (its editors) that it changed. */
@Component
class ConventionTextBroadcaster {

    private final CollaborationHub hub;

    ConventionTextBroadcaster(CollaborationHub hub) {
        this.hub = hub;
    }

    @TransactionalEventListener
    void on(ConventionTextChanged event) {
        hub.publish(ConventionTopics.textPart(event.conventionId(), event.part(), event.number()), event);
    }
}
