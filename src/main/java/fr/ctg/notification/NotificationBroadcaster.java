package fr.ctg.notification;

import fr.ctg.collaboration.CollaborationHub;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** After commit, tells the person's open views that they have a new notification. */
@Component
class NotificationBroadcaster {

    private final CollaborationHub hub;

    NotificationBroadcaster(CollaborationHub hub) {
        this.hub = hub;
    }

    @TransactionalEventListener
    void on(NotificationCreated event) {
        hub.publish(NotificationCreated.topic(event.accountId()), event);
    }
}
