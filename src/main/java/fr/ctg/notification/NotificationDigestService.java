package fr.ctg.notification;

import fr.ctg.notification.internal.Notification;
import fr.ctg.notification.internal.NotificationRepository;
import fr.ctg.notification.internal.PreferenceStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The digests: each morning, the previous day's notifications of the kinds a person receives daily; on Mondays, the
 * previous week's of the kinds they receive weekly. One per person and period, never twice (the period is recorded
 * with the mail, under a unique key: a second run the same day, or a second node, sends nothing).
 */
@Service
@Transactional
public class NotificationDigestService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int CATCH_UP_DAYS = 3;
    private static final Logger log = LoggerFactory.getLogger(NotificationDigestService.class);

    private final TransactionTemplate perPerson;

    private final NotificationRepository notifications;
    private final NotificationPreferenceService preferences;
    private final PreferenceStore store;
    private final NotificationMailer mailer;
    private final Clock clock;

    NotificationDigestService(NotificationRepository notifications, NotificationPreferenceService preferences,
                              PreferenceStore store, NotificationMailer mailer, Clock clock,
                              PlatformTransactionManager transactions) {
        this.perPerson = new TransactionTemplate(transactions);
        this.perPerson.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.notifications = notifications;
        this.preferences = preferences;
        this.store = store;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Sends the digests due today, and those of the last {@value #CATCH_UP_DAYS} days a stopped server or a failure
     * left unsent (each person's period is claimed once, so what was sent is never sent again); returns how many.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int sendDue() {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        int sent = 0;
        for (int back = CATCH_UP_DAYS; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            sent += send(NotificationChannel.DAILY_DIGEST, day, day.plusDays(1), "D" + day);
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        sent += send(NotificationChannel.WEEKLY_DIGEST, monday, monday.plusWeeks(1), "W"
                + monday.get(IsoFields.WEEK_BASED_YEAR) + "-" + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return sent;
    }

    private int send(NotificationChannel channel, LocalDate from, LocalDate to, String period) {
        Map<Long, List<Notification>> byPerson = notifications
                .findByCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByAccountIdAscIdAsc(
                        from.atStartOfDay(PARIS).toInstant(), to.atStartOfDay(PARIS).toInstant())
                .stream().collect(Collectors.groupingBy(Notification::getAccountId, LinkedHashMap::new, Collectors.toList()));
        int sent = 0;
        for (Map.Entry<Long, List<Notification>> e : byPerson.entrySet()) {
            // one person's digest in its own transaction: a failure for one never holds back the others
            try {
                Boolean one = perPerson.execute(tx -> {
                    Map<String, NotificationChannel> chosen = preferences.channels(e.getKey());
                    List<Notification> mine = e.getValue().stream()
                            .filter(n -> chosen.get(n.getKind()) == channel).toList();
                    return !mine.isEmpty() && store.claimDigest(e.getKey(), period, mine.size(), clock.instant())
                            && mailer.digest(mine, channel, from);
                });
                sent += Boolean.TRUE.equals(one) ? 1 : 0;
            } catch (RuntimeException ex) {
                log.warn("Digest {} of account {} not sent this time: {}", period, e.getKey(), ex.toString());
            }
        }
        return sent;
    }
}
