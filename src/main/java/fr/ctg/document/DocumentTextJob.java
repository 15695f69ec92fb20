package fr.ctg.document;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Every minute, the text of documents uploaded before the search (a batch at a time) unless turned off. */
@Configuration
@ConditionalOnProperty(name = "ctg.search.backfill", havingValue = "true", matchIfMissing = true)
class DocumentTextJob {

    private final DocumentTextService texts;

    DocumentTextJob(DocumentTextService texts) {
        this.texts = texts;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT1M")
    void run() {
        texts.extractMissing();
    }
}
