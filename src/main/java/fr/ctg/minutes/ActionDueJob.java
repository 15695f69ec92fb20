package fr.ctg.minutes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Tells owners of their actions due soon, every morning ({@code ctg.actions.due-cron}, 7:00) unless turned off. */
@Configuration
@ConditionalOnProperty(name = "ctg.actions.due-notices", havingValue = "true", matchIfMissing = true)
class ActionDueJob {

    private final ActionDueService service;

    ActionDueJob(ActionDueService service) {
        this.service = service;
    }

    @Scheduled(cron = "${ctg.actions.due-cron:0 0 7 * * *}", zone = "Europe/Paris")
    void run() {
        service.announceDue();
    }
}
