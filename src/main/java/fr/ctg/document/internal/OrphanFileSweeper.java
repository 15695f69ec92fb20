package fr.ctg.document.internal;

import fr.ctg.document.DocumentStorage;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, removes what an interrupted upload may have left: staged files, and placed files whose
 * database row was never committed (the process died between the two). Users never saw either.
 */
@Component
@Order(0)
public class OrphanFileSweeper implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrphanFileSweeper.class);

    private final DocumentStorage storage;
    private final DocumentVersionRepository versions;

    OrphanFileSweeper(DocumentStorage storage, DocumentVersionRepository versions) {
        this.storage = storage;
        this.versions = versions;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        sweep();
    }

    /** Returns how many orphan files were removed. */
    public int sweep() throws IOException {
        storage.clearStaging();
        Set<String> orphans = new HashSet<>(storage.keys());
        orphans.removeAll(versions.allStorageKeys());
        orphans.forEach(storage::delete);
        if (!orphans.isEmpty()) {
            log.info("Removed {} file(s) left by interrupted uploads", orphans.size());
        }
        return orphans.size();
    }
}
