package fr.ctg.convention;

import fr.ctg.collaboration.CollaborationHub;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** After commit, tells every open view of the article or annex (its editors) that it changed. */
@Component
class ConventionTextBroadcaster {

    private final CollaborationHub hub;

    ConventionTextBroadcaster(CollaborationHub hub) {
        this.hub = hub;
    }

    @EventListener
    void on(ConventionTextChanged event) {
        hub.publishAfterCommit(ConventionTopics.textPart(event.conventionId(), event.part(), event.number()), event);
    }
}
