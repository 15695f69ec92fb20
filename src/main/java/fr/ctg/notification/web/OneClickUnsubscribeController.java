package fr.ctg.notification.web;

import fr.ctg.base.NotFoundException;
import fr.ctg.notification.NotificationPreferenceService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 8058 one-click unsubscribe: the mail client's "unsubscribe" button POSTs here ({@code List-Unsubscribe-Post:
 * List-Unsubscribe=One-Click}); the secret of the link is the only credential (no session, no CSRF token: the
 * security configuration exempts this path). A link scanner's GET never gets here.
 */
@RestController
class OneClickUnsubscribeController {

    static final String PATH = "/notifications/desabonnement/";

    private final NotificationPreferenceService preferences;

    OneClickUnsubscribeController(NotificationPreferenceService preferences) {
        this.preferences = preferences;
    }

    @PostMapping(PATH + "{token}")
    ResponseEntity<Void> unsubscribe(@PathVariable String token) {
        try {
            preferences.unsubscribe(token);
            return ResponseEntity.ok().build();
        } catch (NotFoundException e) {
            return ResponseEntity.notFound().build();
        }
    }
}
