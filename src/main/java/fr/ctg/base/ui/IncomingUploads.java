package fr.ctg.base.ui;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.FileUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where files being uploaded are received: {@code <files dir>/incoming}, emptied at every start. An upload cut off
 * by a crash (or a browser that went away) leaves at most a partial file there, never in the system's temporary
 * directory, and it is gone at the next start. Services copy what they keep into their own storage.
 */
@Component
public class IncomingUploads {

    private static final Logger log = LoggerFactory.getLogger(IncomingUploads.class);

    private final Path dir;

    IncomingUploads(@Value("${ctg.files.dir}") Path filesDir) throws IOException {
        this.dir = Files.createDirectories(filesDir.resolve("incoming"));
        int removed = 0;
        try (Stream<Path> leftovers = Files.list(dir)) {
            for (Path p : leftovers.toList()) {
                Files.deleteIfExists(p);
                removed++;
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

    /** An upload handler receiving into a new file of the incoming area, then calling back with it. */
    public FileUploadHandler toIncomingFile(FileUploadCallback onReceived) {
        return UploadHandler.toFile(onReceived, metadata -> Files.createTempFile(dir, "upload-", ".part").toFile());
    }

    Path dir() {
        return dir;
    }
}
