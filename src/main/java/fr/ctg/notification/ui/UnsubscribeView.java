package fr.ctg.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
 * {@code /desabonnement/{secret}}: an e-mail's unsubscribe link, without logging in — one button stops the e-mails of
 * that kind (or that digest); the portal still lists them; "Mes notifications" changes it back. Mail clients use the
 * RFC 8058 address instead ({@code OneClickUnsubscribeController}).
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
        String token = event.getRouteParameters().get("token").orElse("");
        Paragraph result = new Paragraph();
        result.setId("unsubscribe-result");
        result.getElement().setAttribute("role", "status");
        String kind;
        try {
            kind = preferences.unsubscribeKind(token);
        } catch (NotFoundException e) {
            result.setText(getTranslation("notification.unsubscribe.unknown"));
            content.add(result);
            return;
        }
        // opening the page changes nothing (link scanners open every link): the person clicks
        boolean digest = kind.startsWith("*");
        String what = digest ? "" : getTranslation(NotificationKinds.labelKey(kind));
        Button stop = new Button(getTranslation("notification.unsubscribe.button"), e -> {
            preferences.unsubscribe(token);
            result.setText(digest ? getTranslation("notification.unsubscribe.digest")
                    : getTranslation("notification.unsubscribe.done", what));
            e.getSource().setEnabled(false);
        });
        stop.setId("unsubscribe-confirm");
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new Paragraph(digest ? getTranslation("notification.unsubscribe.askDigest")
                : getTranslation("notification.unsubscribe.ask", what)), stop, result);
    }
}
