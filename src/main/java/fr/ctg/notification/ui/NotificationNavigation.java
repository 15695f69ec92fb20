package fr.ctg.notification.ui;

import com.vaadin.flow.router.RouterLink;
import org.springframework.modulith.NamedInterface;

/** Typed ways into the notification pages for other features (the bell). */
@NamedInterface("navigation")
public final class NotificationNavigation {

    private NotificationNavigation() {
    }

    /** A link to the person's notification preferences. */
    public static RouterLink preferences(String text) {
        return new RouterLink(text, NotificationPreferencesView.class);
    }
}
