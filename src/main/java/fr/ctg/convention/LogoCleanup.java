package fr.ctg.convention;

import fr.ctg.base.ClusterJobs;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Logos nobody shows: uploaded in a wizard that was abandoned, or replaced by a newer one. They are deleted once a day
 * has passed (a wizard still open keeps its uploads that long), every night.
 */
@Component
class LogoCleanup {

    static final Duration GRACE = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(LogoCleanup.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ClusterJobs jobs;

    LogoCleanup(JdbcTemplate jdbc, Clock clock, ClusterJobs jobs) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.jobs = jobs;
    }

    /** Every night, on one node of the cluster. */
    @Scheduled(cron = "${ctg.logos.cleanup-cron:0 40 3 * * *}", zone = "Europe/Paris")
    void scheduledCleanup() {
        jobs.once("logo-cleanup", Duration.ofMinutes(10), Duration.ofMinutes(1), this::deleteUnused);
    }

    int deleteUnused() {
        int deleted = jdbc.update("DELETE FROM logo WHERE created_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM caf c WHERE c.logo_id = logo.id) "
                + "AND NOT EXISTS (SELECT 1 FROM party p WHERE p.logo_id = logo.id)",
                Timestamp.from(clock.instant().minus(GRACE)));
        if (deleted > 0) {
            log.info("Logos: {} unused logo(s) deleted", deleted);
        }
        return deleted;
    }
}
