package fr.ctg.governance;

import fr.ctg.base.ClusterJobs;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the reminders on a schedule ({@code ctg.reminders.cron}, hourly by default) when enabled. */
@Configuration
@ConditionalOnProperty(name = "ctg.reminders.enabled", havingValue = "true")
class ReminderJob {

    private final ReminderService reminders;
    private final ClusterJobs jobs;

    ReminderJob(ReminderService reminders, ClusterJobs jobs) {
        this.reminders = reminders;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${ctg.reminders.cron:0 0 * * * *}", zone = "Europe/Paris")
    void run() {
        jobs.once("reminders", Duration.ofMinutes(30), Duration.ofMinutes(5), reminders::sendDue);
    }
}
