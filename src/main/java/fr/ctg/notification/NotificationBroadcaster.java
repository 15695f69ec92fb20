package fr.ctg.notification;

import fr.ctg.collaboration.CollaborationHub;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** After commit, tells the person's open views that they have a new notification. */
@Component
class NotificationBroadcaster {

    private final CollaborationHub hub;

    NotificationBroadcaster(CollaborationHub hub) {
        this.hub = hub;
    }

    @EventListener
    void on(NotificationCreated event) {
        hub.publishAfterCommit(NotificationCreated.topic(event.accountId()), event);
    }
}
