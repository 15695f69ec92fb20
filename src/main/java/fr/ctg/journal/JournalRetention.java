package fr.ctg.journal;

import fr.ctg.base.ClusterJobs;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The journal keeps {@code ctg.journal.retention-months} months (12 by default, CNIL's recommendation for access
 * logs is 6 to 12): older lines are deleted at start and every night.
 */
@Component
class JournalRetention {

    private static final Logger log = LoggerFactory.getLogger(JournalRetention.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ClusterJobs jobs;
    private final int months;

    JournalRetention(JdbcTemplate jdbc, Clock clock, ClusterJobs jobs, @Value("${ctg.journal.retention-months:12}") int months) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.jobs = jobs;
        this.months = Math.max(1, months);
    }

    int months() {
        return months;
    }

    /** At start and every night, on one node of the cluster. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${ctg.journal.purge-cron:0 30 3 * * *}", zone = "Europe/Paris")
    void scheduledPurge() {
        jobs.once("journal-purge", Duration.ofMinutes(30), Duration.ofMinutes(1), this::purge);
    }

    int purge() {
        ZonedDateTime limit = ZonedDateTime.now(clock).minusMonths(months);
        int deleted = jdbc.update("DELETE FROM journal_entry WHERE occurred_at < ?", Timestamp.from(limit.toInstant()));
        if (deleted > 0) {
            log.info("Journal: {} entries older than {} months deleted", deleted, months);
        }
        return deleted;
    }
}
