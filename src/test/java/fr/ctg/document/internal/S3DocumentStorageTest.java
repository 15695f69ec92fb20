package fr.ctg.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.S3MockServer;
import fr.ctg.document.DocumentStorage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The object store behind DocumentStorage, against Adobe S3Mock (a real S3 API over HTTP). */
class S3DocumentStorageTest {

    @TempDir
    Path root;
    private S3DocumentStorage storage;
    private String bucket;

    @BeforeEach
    void connect() throws Exception {
        bucket = "ctg-test-" + UUID.randomUUID().toString().substring(0, 8);
        storage = new S3DocumentStorage(root, S3MockServer.shared().endpoint(), bucket, "eu-west-3", "test", "test", true);
    }

    @AfterEach
    void close() {
        storage.destroy();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aStagedFileIsPlacedUnderItsKeyReadBackListedAndDeleted() throws Exception {
        byte[] content = bytes("délibération du conseil communautaire — ".repeat(3000));
        DocumentStorage.Staged staged = storage.stage(new ByteArrayInputStream(content), 10_000_000);
        assertThat(staged.size()).isEqualTo(content.length);
        assertThat(staged.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        String key = UUID.randomUUID().toString();
        assertThat(storage.keys()).as("staged, not visible under any key").isEmpty();

        storage.place(staged, key);
        assertThat(Files.exists(staged.path())).as("the local staged copy is gone once uploaded").isFalse();
        try (InputStream in = storage.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(storage.keys()).containsExactly(key);
        assertThat(storage.keysPlacedBefore(Instant.now().plusSeconds(60))).containsExactly(key);
        assertThat(storage.keysPlacedBefore(Instant.now().minusSeconds(3600))).as("placed just now").isEmpty();

        storage.delete(key);
        assertThat(storage.keys()).isEmpty();
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void tooLargeBadKeysAndStagingLeftovers() throws Exception {
        assertThatThrownBy(() -> storage.stage(new ByteArrayInputStream(new byte[2048]), 1024))
                .isInstanceOf(DocumentStorage.TooLargeException.class);
        try (var left = Files.list(root.resolve("staging"))) {
            assertThat(left).as("nothing left by a refused upload").isEmpty();
        }
        DocumentStorage.Staged staged = storage.stage(new ByteArrayInputStream(bytes("x")), 10);
        assertThatThrownBy(() -> storage.place(staged, "../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.open("a/b")).isInstanceOf(IllegalArgumentException.class);
        storage.clearStagingBefore(Instant.now().plusSeconds(1));
        assertThat(Files.exists(staged.path())).as("an interrupted upload's staged file is swept").isFalse();
    }

    @Test
    void theBucketIsCreatedOnceAndAStoreThatDoesNotAnswerStopsTheStart() throws Exception {
        DocumentStorage.Staged staged = storage.stage(new ByteArrayInputStream(bytes("y")), 10);
        String key = UUID.randomUUID().toString();
        storage.place(staged, key);
        S3DocumentStorage again = new S3DocumentStorage(root, S3MockServer.shared().endpoint(), bucket, "eu-west-3",
                "test", "test", true);
        assertThat(again.keys()).as("a second start finds the bucket and its files").containsExactly(key);
        again.destroy();
        assertThatThrownBy(() -> new S3DocumentStorage(root, "http://127.0.0.1:1", bucket, "eu-west-3", "test", "test", true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not answer");
    }
}
