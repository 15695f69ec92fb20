package fr.ctg.document.internal;

import fr.ctg.document.DocumentStorage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Files in a local directory ({@code ctg.files.dir}: {@code ./data/files} by default, a Docker volume in
 * compose): {@code staging/} for uploads in progress, {@code store/} for placed files named by key. The default
 * ({@code ctg.files.store=local}); {@link S3DocumentStorage} keeps them in an object store instead.
 */
@Component
@ConditionalOnProperty(name = "ctg.files.store", havingValue = "local", matchIfMissing = true)
class LocalFileStorage implements DocumentStorage {

    private final StagingArea staging;
    private final Path store;

    LocalFileStorage(@Value("${ctg.files.dir:data/files}") Path root) throws IOException {
        this.staging = new StagingArea(root.resolve("staging"));
        this.store = Files.createDirectories(root.resolve("store"));
    }

    @Override
    public Staged stage(InputStream in, long maxBytes) throws IOException {
        return staging.stage(in, maxBytes);
    }

    @Override
    public void place(Staged staged, String key) throws IOException {
        Files.move(staged.path(), resolve(key), StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void discard(Staged staged) {
        staging.discard(staged);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException ignored) {
            // swept at next start
        }
    }

    @Override
    public Set<String> keys() throws IOException {
        try (Stream<Path> files = Files.list(store)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Override
    public Set<String> keysPlacedBefore(Instant cutoff) throws IOException {
        try (Stream<Path> files = Files.list(store)) {
            return files.filter(p -> StagingArea.modifiedBefore(p, cutoff)).map(p -> p.getFileName().toString())
                    .collect(Collectors.toSet());
        }
    }

    @Override
    public void clearStagingBefore(Instant cutoff) throws IOException {
        staging.clearBefore(cutoff);
    }

    private Path resolve(String key) {
        return store.resolve(StagingArea.checkKey(key));
    }
}
