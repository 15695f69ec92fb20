package fr.ctg.notification;

import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.mail.Mailer;
import fr.ctg.base.web.PublicUrl;
import fr.ctg.notification.internal.Notification;
import fr.ctg.security.AccountService;
import fr.ctg.security.Contact;
import fr.ctg.security.SystemIdentity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Notifications by e-mail, in the person's language: one at once, or a digest of several; each with its one-click
 * unsubscribe link, in the text and in the {@code List-Unsubscribe} header.
 */
@Component
class NotificationMailer {

    private final Mailer mail;
    private final AccountService accounts;
    private final TranslationProvider translations;
    private final NotificationPreferenceService preferences;
    private final PublicUrl urls;

    NotificationMailer(Mailer mail, AccountService accounts, TranslationProvider translations,
                       NotificationPreferenceService preferences, PublicUrl urls) {
        this.mail = mail;
        this.accounts = accounts;
        this.translations = translations;
        this.preferences = preferences;
        this.urls = urls;
    }

    void immediate(Notification n) {
        contact(n.getAccountId(), n.getConventionId()).ifPresent(c -> {
            Locale l = c.locale();
            String what = line(n, l);
            String stop = preferences.unsubscribeLink(c.accountId(), n.getKind());
            mail.send(c.email(), t(l, "notification.mail.subject", what), t(l, "notification.mail.body", c.displayName(),
                    what, urls.of(""), t(l, NotificationKinds.labelKey(n.getKind())), stop,
                    urls.of("mon-compte/notifications")), Map.of("List-Unsubscribe", "<" + stop + ">"));
        });
    }

    /** A digest of {@code items} (all of one person) for {@code channel}; false when the person has no address. */
    boolean digest(List<Notification> items, NotificationChannel channel) {
        Notification first = items.getFirst();
        return contact(first.getAccountId(), first.getConventionId()).map(c -> {
            Locale l = c.locale();
            StringBuilder lines = new StringBuilder();
            items.forEach(n -> lines.append("- ").append(line(n, l)).append('\n'));
            String stop = preferences.unsubscribeLink(c.accountId(), channel == NotificationChannel.DAILY_DIGEST
                    ? NotificationPreferenceService.ALL_DAILY : NotificationPreferenceService.ALL_WEEKLY);
            String key = channel == NotificationChannel.DAILY_DIGEST ? "daily" : "weekly";
            mail.send(c.email(), t(l, "notification.digest." + key + ".subject", items.size()),
                    t(l, "notification.digest.body", c.displayName(), t(l, "notification.digest." + key), lines,
                            urls.of(""), stop, urls.of("mon-compte/notifications")),
                    Map.of("List-Unsubscribe", "<" + stop + ">"));
            return true;
        }).orElse(false);
    }

    private String line(Notification n, Locale l) {
        return t(l, "notification.kind." + n.getKind(), n.getActorName(), n.getSubject());
    }

    private Optional<Contact> contact(long accountId, long conventionId) {
        return SystemIdentity.call(() -> accounts.contacts(conventionId)).stream()
                .filter(c -> c.accountId() == accountId && c.reachable()).findFirst();
    }

    private String t(Locale l, String key, Object... args) {
        return translations.getTranslation(key, l, args);
    }
}
