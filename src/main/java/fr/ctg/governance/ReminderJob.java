package fr.ctg.governance;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the reminders on a schedule ({@code ctg.reminders.cron}, hourly by default) when enabled. */
@Configuration
@ConditionalOnProperty(name = "ctg.reminders.enabled", havingValue = "true")
class ReminderJob {

    private final ReminderService reminders;

    ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${ctg.reminders.cron:0 0 * * * *}", zone = "Europe/Paris")
    void run() {
        reminders.sendDue();
    }
}
