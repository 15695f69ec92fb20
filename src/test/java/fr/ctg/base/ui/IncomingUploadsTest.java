package fr.ctg.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncomingUploadsTest {

    @Test
    void uploadsCutOffByACrashAreGoneAtTheNextStart(@TempDir Path files) throws Exception {
        Path incoming = Files.createDirectories(files.resolve("incoming"));
        Files.write(incoming.resolve("upload-123.part"), new byte[1024]);
        Path kept = Files.writeString(files.resolve("other.txt"), "not an upload");

        IncomingUploads uploads = new IncomingUploads(files);

        assertThat(uploads.dir()).isEqualTo(incoming);
        try (var left = Files.list(incoming)) {
            assertThat(left).isEmpty();
        }
        assertThat(kept).exists();
        assertThat(uploads.toIncomingFile((metadata, file) -> { })).isNotNull();
    }
}
