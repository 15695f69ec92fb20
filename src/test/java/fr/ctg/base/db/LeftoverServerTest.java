package fr.ctg.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leftover-server check only ever stops a mariadbd running on the given data directory. */
class LeftoverServerTest {

    @Test
    void aPidFileNamingAnotherProcessIsLeftAlone(@TempDir Path data) throws Exception {
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(data.resolve("host.pid"), other.pid() + "\n");
            Files.writeString(data.resolve("garbage.pid"), "not a pid");
            EmbeddedMariaDb.stopLeftoverServer(data);
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void noDataDirectoryNothingToDo(@TempDir Path parent) throws Exception {
        EmbeddedMariaDb.stopLeftoverServer(parent.resolve("missing"));
    }
}
