package fr.ctg.notification;

import fr.ctg.base.i18n.Formats;
import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.mail.Mailer;
import fr.ctg.base.web.PublicUrl;
import fr.ctg.notification.internal.Notification;
import fr.ctg.security.AccountService;
import fr.ctg.security.Contact;
import fr.ctg.security.SystemIdentity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /** The people of a convention who can be written to, by account (read once for all the mails of one event). */
    Map<Long, Contact> reachable(long conventionId) {
        return SystemIdentity.call(() -> accounts.contacts(conventionId)).stream().filter(Contact::reachable)
                .collect(Collectors.toMap(Contact::accountId, Function.identity(), (a, b) -> a));
    }

    void immediate(Notification n, Map<Long, Contact> reachable) {
        Optional.ofNullable(reachable.get(n.getAccountId())).ifPresent(c -> {
            Locale l = c.locale();
            String what = line(n, l);
            NotificationPreferenceService.UnsubscribeLink stop = preferences.unsubscribeLink(c.accountId(), n.getKind());
            mail.send(c.email(), t(l, "notification.mail.subject", what), t(l, "notification.mail.body", c.displayName(),
                    what, urls.of(NotificationLinks.path(n)), t(l, NotificationKinds.labelKey(n.getKind())), stop.page(),
                    urls.of("mon-compte/notifications")), stop.headers());
        });
    }

    /** A digest of {@code items} (all of one person) for {@code channel}; false when the person has no address. */
    boolean digest(List<Notification> items, NotificationChannel channel, LocalDate day) {
        Notification first = items.getFirst();
        return Optional.ofNullable(reachable(first.getConventionId()).get(first.getAccountId())).map(c -> {
            Locale l = c.locale();
            StringBuilder lines = new StringBuilder();
            items.forEach(n -> lines.append("- ").append(line(n, l)).append("\n  ")
                    .append(urls.of(NotificationLinks.path(n))).append('\n'));
            NotificationPreferenceService.UnsubscribeLink stop = preferences.unsubscribeLink(c.accountId(),
                    channel == NotificationChannel.DAILY_DIGEST ? NotificationPreferenceService.ALL_DAILY
                            : NotificationPreferenceService.ALL_WEEKLY);
            String key = channel == NotificationChannel.DAILY_DIGEST ? "daily" : "weekly";
            mail.send(c.email(), t(l, "notification.digest." + key + ".subject", items.size()),
                    t(l, "notification.digest.body", c.displayName(), t(l, "notification.digest." + key,
                            Formats.date(day, l)), lines,
                            urls.of(""), stop.page(), urls.of("mon-compte/notifications")), stop.headers());
            return true;
        }).orElse(false);
    }

    private String line(Notification n, Locale l) {
        return t(l, "notification.kind." + n.getKind(), n.getActorName(), n.getSubject());
    }

    private String t(Locale l, String key, Object... args) {
        return translations.getTranslation(key, l, args);
    }
}
