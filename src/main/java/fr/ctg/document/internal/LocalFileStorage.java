package fr.ctg.document.internal;

import fr.ctg.document.DocumentStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files in a local directory ({@code ctg.files.dir}: {@code ./data/files} by default, a Docker volume in
 * compose): {@code staging/} for uploads in progress, {@code store/} for placed files named by key.
 */
@Component
class LocalFileStorage implements DocumentStorage {

    private final Path staging;
    private final Path store;

    LocalFileStorage(@Value("${ctg.files.dir:data/files}") Path root) throws IOException {
        this.staging = Files.createDirectories(root.resolve("staging"));
        this.store = Files.createDirectories(root.resolve("store"));
    }

    @Override
    public Staged stage(InputStream in, long maxBytes) throws IOException {
        Path file = staging.resolve(UUID.randomUUID() + ".part");
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), sha)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                size += n;
                if (size > maxBytes) {
                    throw new TooLargeException();
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return new Staged(file, size, HexFormat.of().formatHex(sha.digest()));
    }

    @Override
    public void place(Staged staged, String key) throws IOException {
        Files.move(staged.path(), resolve(key), StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void discard(Staged staged) {
        try {
            Files.deleteIfExists(staged.path());
        } catch (IOException ignored) {
            // swept at next start
        }
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
            return files.filter(p -> modifiedBefore(p, cutoff)).map(p -> p.getFileName().toString())
                    .collect(Collectors.toSet());
        }
    }

    @Override
    public void clearStagingBefore(Instant cutoff) throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            for (Path p : files.filter(p -> modifiedBefore(p, cutoff)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static boolean modifiedBefore(Path p, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(p).toInstant().isBefore(cutoff);
        } catch (IOException gone) {
            return false;
        }
    }

    private Path resolve(String key) {
        if (!key.matches("[a-f0-9-]{36}")) {
            throw new IllegalArgumentException("bad storage key");
        }
        return store.resolve(key);
    }
}
