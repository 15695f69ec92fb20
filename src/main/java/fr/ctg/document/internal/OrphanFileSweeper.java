package fr.ctg.document.internal;

import fr.ctg.base.ClusterJobs;
import fr.ctg.document.DocumentStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, removes what an interrupted upload may have left: staged files, and placed files whose database row was
 * never committed (the process died between the two). Users never saw either. Only files older than a safe age
 * ({@code ctg.files.sweep-age}, one hour) are touched, so that a second node, or this one just restarted, never
 * deletes an upload still in flight or a file whose commit is under way.
 */
@Component
@Order(0)
public class OrphanFileSweeper implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrphanFileSweeper.class);

    private final DocumentStorage storage;
    private final DocumentVersionRepository versions;
    private final Clock clock;
    private final Duration safeAge;
    private final ClusterJobs jobs;

    OrphanFileSweeper(DocumentStorage storage, DocumentVersionRepository versions, Clock clock, ClusterJobs jobs,
                      @Value("${ctg.files.sweep-age:PT1H}") Duration safeAge) {
        this.jobs = jobs;
        this.storage = storage;
        this.versions = versions;
        this.clock = clock;
        this.safeAge = safeAge;
    }

    @Override
    public void run(ApplicationArguments args) {
        // one node sweeps when several start together (another sweep would only find the same files)
        jobs.once("orphan-file-sweep", Duration.ofMinutes(30), Duration.ZERO, () -> {
            try {
                sweep(clock.instant());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Returns how many orphan files placed more than the safe age before {@code now} were removed. */
    public int sweep(Instant now) throws IOException {
        Instant cutoff = now.minus(safeAge);
        storage.clearStagingBefore(cutoff);
        Set<String> orphans = new HashSet<>(storage.keysPlacedBefore(cutoff));
        orphans.removeAll(versions.allStorageKeys());
        orphans.forEach(storage::delete);
        if (!orphans.isEmpty()) {
            log.info("Removed {} file(s) left by interrupted uploads", orphans.size());
        }
        return orphans.size();
    }
}
