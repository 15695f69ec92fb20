package fr.ctg.notification;

import fr.ctg.notification.internal.Notification;
import fr.ctg.notification.internal.NotificationRepository;
import fr.ctg.notification.internal.PreferenceStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The digests: each morning, the previous day's notifications of the kinds a person receives daily; on Mondays, the
 * previous week's of the kinds they receive weekly. One per person and period, never twice (the period is recorded
 * with the mail, under a unique key: a second run the same day, or a second node, sends nothing).
 */
@Service
@Transactional
public class NotificationDigestService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final NotificationRepository notifications;
    private final NotificationPreferenceService preferences;
    private final PreferenceStore store;
    private final NotificationMailer mailer;
    private final Clock clock;

    NotificationDigestService(NotificationRepository notifications, NotificationPreferenceService preferences,
                              PreferenceStore store, NotificationMailer mailer, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.store = store;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Sends the digests due today; returns how many were sent. */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        int sent = send(NotificationChannel.DAILY_DIGEST, today.minusDays(1), today, "D" + today.minusDays(1));
        if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
            LocalDate monday = today.minusWeeks(1);
            sent += send(NotificationChannel.WEEKLY_DIGEST, monday, today, "W" + monday.get(IsoFields.WEEK_BASED_YEAR)
                    + "-" + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return sent;
    }

    private int send(NotificationChannel channel, LocalDate from, LocalDate to, String period) {
        Map<Long, List<Notification>> byPerson = notifications
                .findByCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByAccountIdAscIdAsc(
                        from.atStartOfDay(PARIS).toInstant(), to.atStartOfDay(PARIS).toInstant())
                .stream().collect(Collectors.groupingBy(Notification::getAccountId, LinkedHashMap::new, Collectors.toList()));
        int sent = 0;
        for (Map.Entry<Long, List<Notification>> e : byPerson.entrySet()) {
            List<Notification> mine = e.getValue().stream()
                    .filter(n -> preferences.channel(e.getKey(), n.getKind()) == channel).toList();
            if (!mine.isEmpty() && store.claimDigest(e.getKey(), period, mine.size(), clock.instant())
                    && mailer.digest(mine, channel)) {
                sent++;
            }
        }
        return sent;
    }
}
