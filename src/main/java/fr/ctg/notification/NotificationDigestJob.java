package fr.ctg.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends the digests every morning ({@code ctg.notifications.digest-cron}, 7:00 Paris time) unless turned off. */
@Configuration
@ConditionalOnProperty(name = "ctg.notifications.digests", havingValue = "true", matchIfMissing = true)
class NotificationDigestJob {

    private final NotificationDigestService digests;

    NotificationDigestJob(NotificationDigestService digests) {
        this.digests = digests;
    }

    @Scheduled(cron = "${ctg.notifications.digest-cron:0 0 7 * * *}", zone = "Europe/Paris")
    void run() {
        digests.sendDue();
    }
}
