package fr.ctg.notification.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.ui.PublicPage;
import fr.ctg.notification.NotificationKinds;
import fr.ctg.notification.NotificationPreferenceService;

/**
 * {@code /desabonnement/{secret}}: the one click of an e-mail's unsubscribe link — the e-mails of that kind (or of that
 * digest) stop at once, without logging in; the portal still lists them; "Mon compte" changes it back.
 */
@Route(value = "desabonnement/:token", autoLayout = false)
@AnonymousAllowed
class UnsubscribeView extends PublicPage implements BeforeEnterObserver {

    private final NotificationPreferenceService preferences;

    UnsubscribeView(NotificationPreferenceService preferences) {
        super("notification.unsubscribe.title");
        this.preferences = preferences;
        setId("unsubscribe-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
        Paragraph result = new Paragraph();
        result.setId("unsubscribe-result");
        try {
            String kind = preferences.unsubscribe(event.getRouteParameters().get("token").orElse(""));
            result.setText(kind.startsWith("*") ? getTranslation("notification.unsubscribe.digest")
                    : getTranslation("notification.unsubscribe.done", getTranslation(NotificationKinds.labelKey(kind))));
        } catch (NotFoundException e) {
            result.setText(getTranslation("notification.unsubscribe.unknown"));
        }
        content.add(result);
    }
}
