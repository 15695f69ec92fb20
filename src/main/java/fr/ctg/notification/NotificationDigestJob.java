package fr.ctg.notification;

import fr.ctg.base.ClusterJobs;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends the digests every morning ({@code ctg.notifications.digest-cron}, 7:00 Paris time) unless turned off. */
@Configuration
@ConditionalOnProperty(name = "ctg.notifications.digests", havingValue = "true", matchIfMissing = true)
class NotificationDigestJob {

    private final NotificationDigestService digests;
    private final ClusterJobs jobs;

    NotificationDigestJob(NotificationDigestService digests, ClusterJobs jobs) {
        this.digests = digests;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${ctg.notifications.digest-cron:0 0 7 * * *}", zone = "Europe/Paris")
    void run() {
        jobs.once("notification-digests", Duration.ofMinutes(30), Duration.ofMinutes(5), digests::sendDue);
    }
}
