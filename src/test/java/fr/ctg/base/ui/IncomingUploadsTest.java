package fr.ctg.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncomingUploadsTest {

    @Test
    void uploadsCutOffByACrashAreGoneAtTheNextStartButNotOneInFlight(@TempDir Path files) throws Exception {
        Path incoming = Files.createDirectories(files.resolve("incoming"));
        Path cutOff = Files.write(incoming.resolve("upload-123.part"), new byte[1024]);
        Files.setLastModifiedTime(cutOff, FileTime.from(
                Instant.now().minus(Duration.ofHours(2))));
        Path inFlight = Files.write(incoming.resolve("upload-456.part"), new byte[1024]); // another node's, now
        Path kept = Files.writeString(files.resolve("other.txt"), "not an upload");

        IncomingUploads uploads = new IncomingUploads(files);

        assertThat(uploads.dir()).isEqualTo(incoming);
        try (var left = Files.list(incoming)) {
            assertThat(left).containsExactly(inFlight);
        }
        assertThat(kept).exists();
        assertThat(uploads.toIncomingFile(1024, (metadata, file) -> { }, () -> { }).getFileSizeMax()).isEqualTo(1024);
    }
}
