package fr.ctg.notification.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.notification.NotificationChannel;
import fr.ctg.notification.NotificationKinds;
import fr.ctg.notification.NotificationPreferenceService;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * {@code /mon-compte/notifications}: for each kind of notification, how the person is told — not at all, in the
 * portal, by e-mail at once, in a daily or a weekly digest. Saved at each choice.
 */
@Route("mon-compte/notifications")
@PermitAll
class NotificationPreferencesView extends VerticalLayout implements HasDynamicTitle {

    NotificationPreferencesView(NotificationPreferenceService preferences) {
        setId("notification-preferences");
        setMaxWidth("48rem");
        add(new H2(getTranslation("notification.preferences.title")),
                new Paragraph(getTranslation("notification.preferences.intro")));
        for (Map.Entry<String, NotificationChannel> p : preferences.preferences().entrySet()) {
            Select<NotificationChannel> channel = new Select<>();
            channel.setLabel(getTranslation(NotificationKinds.labelKey(p.getKey())));
            channel.setId("preference-" + p.getKey());
            channel.setItems(NotificationChannel.values());
            channel.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
            channel.setValue(p.getValue());
            channel.setWidthFull();
            channel.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                try {
                    preferences.choose(p.getKey(), e.getValue());
                    Notifications.success("notification.preferences.saved");
                } catch (BusinessRuleException ex) {
                    Notifications.error(ex);
                }
            });
            add(channel);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.preferences.title") + " – " + getTranslation("app.name");
    }
}
