package fr.ctg.minutes;

import fr.ctg.base.ClusterJobs;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Tells owners of their actions due soon, every morning ({@code ctg.actions.due-cron}, 7:00) unless turned off. */
@Configuration
@ConditionalOnProperty(name = "ctg.actions.due-notices", havingValue = "true", matchIfMissing = true)
class ActionDueJob {

    private final ActionDueService service;
    private final ClusterJobs jobs;

    ActionDueJob(ActionDueService service, ClusterJobs jobs) {
        this.service = service;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${ctg.actions.due-cron:0 0 7 * * *}", zone = "Europe/Paris")
    void run() {
        jobs.once("action-due-notices", Duration.ofMinutes(30), Duration.ofMinutes(5), service::announceDue);
    }
}
