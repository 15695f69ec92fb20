package fr.ctg.notification;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.SecretTokens;
import fr.ctg.base.web.PublicUrl;
import fr.ctg.notification.internal.PreferenceStore;
import fr.ctg.security.CurrentUser;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person wants to be told, per kind of notification: not at all, in the portal, by e-mail at once, or in a
 * daily or weekly digest ({@link NotificationKinds#DEFAULTS} until they choose). Every e-mail carries a one-click
 * link that stops e-mails of its kind (the person keeps the portal's notification).
 */
@Service
@Transactional
public class NotificationPreferenceService {

    static final String ALL_DAILY = "*" + NotificationChannel.DAILY_DIGEST.name();
    static final String ALL_WEEKLY = "*" + NotificationChannel.WEEKLY_DIGEST.name();

    private final PreferenceStore store;
    private final CurrentUser currentUser;
    private final PublicUrl urls;
    private final Clock clock;

    NotificationPreferenceService(PreferenceStore store, CurrentUser currentUser, PublicUrl urls, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.urls = urls;
        this.clock = clock;
    }

    /** The caller's channel for every kind, in the order of {@link NotificationKinds#DEFAULTS}. */
    @Transactional(readOnly = true)
    public Map<String, NotificationChannel> preferences() {
        return all(currentUser.require().accountId());
    }

    public void choose(String kind, NotificationChannel channel) {
        if (kind == null || !NotificationKinds.DEFAULTS.containsKey(kind) || channel == null) {
            throw new BusinessRuleException("notification.error.preference");
        }
        store.choose(currentUser.require().accountId(), kind, channel);
    }

    /**
     * What an unsubscribe link does, without logging in: the e-mails of its kind (or of every kind its digest holds)
     * stop; the portal still shows them. Returns the kind, or {@link #ALL_DAILY}/{@link #ALL_WEEKLY}.
     */
    public String unsubscribe(String token) {
        Map.Entry<Long, String> link = link(token);
        long accountId = link.getKey();
        String kind = link.getValue();
        Map<String, NotificationChannel> now = all(accountId);
        now.forEach((k, channel) -> {
            boolean concerned = k.equals(kind) && channel != NotificationChannel.NONE && channel != NotificationChannel.IN_APP
                    || kind.equals(ALL_DAILY) && channel == NotificationChannel.DAILY_DIGEST
                    || kind.equals(ALL_WEEKLY) && channel == NotificationChannel.WEEKLY_DIGEST;
            if (concerned) {
                store.choose(accountId, k, NotificationChannel.IN_APP);
            }
        });
        return kind;
    }

    /** What an unsubscribe link would stop (its kind, or a digest), without changing anything: for its page. */
    @Transactional(readOnly = true)
    public String unsubscribeKind(String token) {
        return link(token).getValue();
    }

    private Map.Entry<Long, String> link(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException();
        }
        return store.unsubscribe(SecretTokens.sha256(token)).orElseThrow(NotFoundException::new);
    }

    /** Every kind's channel for this person (one query). */
    Map<String, NotificationChannel> channels(long accountId) {
        return all(accountId);
    }

    /** The channel of one kind for each of these people (one query). */
    Map<Long, NotificationChannel> channels(Collection<Long> accountIds, String kind) {
        Map<Long, NotificationChannel> chosen = store.chosen(accountIds, kind);
        NotificationChannel fallback = NotificationKinds.DEFAULTS.getOrDefault(kind, NotificationChannel.IN_APP);
        Map<Long, NotificationChannel> all = new HashMap<>();
        accountIds.forEach(id -> all.put(id, chosen.getOrDefault(id, fallback)));
        return all;
    }

    /**
     * A new link that stops this kind's e-mails for this person: the page the e-mail's text links to (one button,
     * opening it changes nothing) and the RFC 8058 address mail clients POST to.
     */
    UnsubscribeLink unsubscribeLink(long accountId, String kind) {
        String token = SecretTokens.newToken();
        store.saveUnsubscribe(SecretTokens.sha256(token), accountId, kind, clock.instant());
        return new UnsubscribeLink(urls.of("desabonnement/" + token), urls.of("notifications/desabonnement/" + token));
    }

    /** The page and the one-click address of an unsubscribe link. */
    record UnsubscribeLink(String page, String oneClick) {

        Map<String, String> headers() {
            return Map.of("List-Unsubscribe", "<" + oneClick + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
    }

    private Map<String, NotificationChannel> all(long accountId) {
        Map<String, NotificationChannel> chosen = store.chosen(accountId);
        Map<String, NotificationChannel> all = new LinkedHashMap<>();
        NotificationKinds.DEFAULTS.forEach((kind, d) -> all.put(kind, chosen.getOrDefault(kind, d)));
        return all;
    }
}
