package fr.ctg.base.mail;

import fr.ctg.base.ClusterJobs;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, sends again the mails whose sending failed (the mail server was down or did not answer in time),
 * at most 50 at a time. A mail left half-sent by a crash is marked failed by the registry's staleness check
 * ({@code spring.modulith.events.staleness.*}) and comes back here. The other after-commit listeners of the modules
 * ({@code @ApplicationModuleListener}: notifications, convocations, partner invitations) use the same registry: what
 * failed there is handed to them again too.
 */
@Component
public class MailOutboxRetry {

    private static final Logger log = LoggerFactory.getLogger(MailOutboxRetry.class);

    private final FailedEventPublications failed;
    private final Duration minAge;
    private final ClusterJobs jobs;

    MailOutboxRetry(FailedEventPublications failed, ClusterJobs jobs, @Value("${ctg.mail.retry.min-age:PT30S}") Duration minAge) {
        this.failed = failed;
        this.minAge = minAge;
        this.jobs = jobs;
    }

    /** Every minute, on one node of the cluster at a time (two nodes would send the same mail twice). */
    @Scheduled(fixedDelayString = "${ctg.mail.retry.interval:PT1M}", initialDelayString = "${ctg.mail.retry.interval:PT1M}")
    void scheduledResend() {
        jobs.once("mail-retry", Duration.ofMinutes(10), Duration.ZERO, this::resendFailed);
    }

    public void resendFailed() {
        try {
            // at most as many in flight as a batch holds (Spring Modulith 2.0.3, GH-1650)
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge).withBatchSize(50).withMaxInFlight(50));
        } catch (RuntimeException e) {
            log.warn("Mails not sent again this time: {}", e.toString());
        }
    }
}
