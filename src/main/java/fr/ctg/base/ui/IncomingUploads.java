package fr.ctg.base.ui;

import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.FileUploadCallback;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where files being uploaded are received: {@code <files dir>/incoming}, whose files older than an hour are removed
 * at every start. An upload cut off by a crash (or a browser that went away) leaves at most a partial file there,
 * never in the system's temporary directory, and it is gone at a later start. Services copy what they keep into their own storage.
 */
@Component
public class IncomingUploads {

    private static final Logger log = LoggerFactory.getLogger(IncomingUploads.class);

    private final Path dir;

    IncomingUploads(@Value("${ctg.files.dir}") Path filesDir) throws IOException {
        this.dir = Files.createDirectories(filesDir.resolve("incoming"));
        int removed = 0;
        try (Stream<Path> leftovers = Files.list(dir)) {
            Instant cutoff = Instant.now().minus(Duration.ofHours(1));
            for (Path p : leftovers.toList()) {
                // an hour old at least: never the upload another node (or this one, just restarted) is receiving
                if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                    removed++;
                }
            }
        }
        if (removed > 0) {
            log.info("Removed {} unfinished upload(s) left in {}", removed, dir);
        }
    }

    /** The bean, from a component built outside Spring (a dialog's upload field). */
    public static IncomingUploads current() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(IncomingUploads.class);
    }

    /**
     * An upload handler receiving into a new file of the incoming area, then calling back with it; past
     * {@code maxBytes} it stops reading, deletes what it received and runs {@code onTooLarge} in the page.
     */
    public LimitedUploadHandler toIncomingFile(long maxBytes, FileUploadCallback onReceived,
                                               SerializableRunnable onTooLarge) {
        return new LimitedUploadHandler(dir, maxBytes, onReceived, onTooLarge);
    }

    /** The bytes of a received file (a small one: a CSV within its limit), the file deleted. */
    public static byte[] take(File received) {
        try {
            return Files.readAllBytes(received.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            received.delete();
        }
    }

    Path dir() {
        return dir;
    }
}
