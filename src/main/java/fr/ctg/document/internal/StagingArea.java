package fr.ctg.document.internal;

import fr.ctg.document.DocumentStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A local folder where uploads are written aside (hashed, measured, flushed to disk) before they are placed under
 * their key, whatever store then keeps them.
 */
final class StagingArea {

    private final Path dir;

    StagingArea(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    DocumentStorage.Staged stage(InputStream in, long maxBytes) throws IOException {
        Path file = dir.resolve(UUID.randomUUID() + ".part");
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
                    throw new DocumentStorage.TooLargeException();
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
        return new DocumentStorage.Staged(file, size, HexFormat.of().formatHex(sha.digest()));
    }

    void discard(DocumentStorage.Staged staged) {
        try {
            Files.deleteIfExists(staged.path());
        } catch (IOException ignored) {
            // swept at next start
        }
    }

    void clearBefore(Instant cutoff) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> modifiedBefore(p, cutoff)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static boolean modifiedBefore(Path p, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(p).toInstant().isBefore(cutoff);
        } catch (IOException gone) {
            return false;
        }
    }

    /** A storage key is the document version's UUID: nothing else may name a file or an object. */
    static String checkKey(String key) {
        if (!key.matches("[a-f0-9-]{36}")) {
            throw new IllegalArgumentException("bad storage key");
        }
        return key;
    }
}
