package fr.ctg.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.ctg.base.BusinessRuleException;

/** Translated messages for people: service refusals become clear sentences, never stack traces. */
public final class Notifications {

    private Notifications() {
    }

    public static String message(BusinessRuleException e) {
        return UI.getCurrent().getTranslation(e.getMessageKey(), e.getArguments());
    }

    public static Notification error(BusinessRuleException e) {
        Notification n = Notification.show(message(e), 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    public static Notification success(String messageKey, Object... args) {
        Notification n = Notification.show(UI.getCurrent().getTranslation(messageKey, args), 4000,
                Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }
}
