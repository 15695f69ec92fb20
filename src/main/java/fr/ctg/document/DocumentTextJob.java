package fr.ctg.document;

import fr.ctg.base.ClusterJobs;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Every minute, the text of documents uploaded before the search (a batch at a time) unless turned off. */
@Configuration
@ConditionalOnProperty(name = "ctg.search.backfill", havingValue = "true", matchIfMissing = true)
class DocumentTextJob {

    private final DocumentTextService texts;
    private final ClusterJobs jobs;

    DocumentTextJob(DocumentTextService texts, ClusterJobs jobs) {
        this.texts = texts;
        this.jobs = jobs;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT1M")
    void run() {
        jobs.once("document-text-extraction", Duration.ofMinutes(30), Duration.ZERO, texts::extractMissing);
    }
}
