package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.AppProcess;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A start that cannot work says why in one place and ends (status 1): it never hangs half-started, and the embedded
 * MariaDB it may have started goes with it.
 */
class FailedStartE2E {

    private static final Path DATA = Browser.OUT.getParent().resolve("e2e-failed-start");

    @Test
    void withoutAPublicAddressTheStartStopsAtOnceBeforeTheDatabase() throws Exception {
        Path data = DATA.resolve("no-base-url");
        FileSystemUtils.deleteRecursively(data);
        AppProcess app = AppProcess.launch(data, "no-base-url", AppProcess.freePort(), AppProcess.freePort(),
                Map.of("CTG_BASE_URL", ""), List.of("--spring.profiles.active=prod"));
        try {
            OptionalInt status = app.awaitExit(Duration.ofSeconds(60));
            assertThat(status).as("ended by itself").isPresent();
            assertThat(status.getAsInt()).isEqualTo(1);
            assertThat(app.log()).contains("APPLICATION FAILED TO START", "CTG_BASE_URL is required outside the demo")
                    .doesNotContain("Embedded MariaDB ready");
            assertThat(Files.exists(data.resolve("mariadb"))).as("no database was started").isFalse();
        } finally {
            app.close();
        }
    }

    @Test
    void aStartThatFailsAfterTheDatabaseStartedEndsAndStopsTheDatabase() throws Exception {
        Path data = DATA.resolve("port-taken");
        FileSystemUtils.deleteRecursively(data);
        try (ServerSocket taken = new ServerSocket(0)) {
            AppProcess app = AppProcess.launch(data, "port-taken", AppProcess.freePort(), taken.getLocalPort(),
                    Map.of("CTG_BASE_URL", "https://ctg.example.fr"), List.of("--spring.profiles.active=prod"));
            try {
                OptionalInt status = app.awaitExit(Duration.ofMinutes(3));
                assertThat(status).as("ended by itself although the embedded MariaDB was running").isPresent();
                assertThat(status.getAsInt()).isEqualTo(1);
                assertThat(app.log()).contains("Embedded MariaDB ready", "APPLICATION FAILED TO START");
                ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(data.toString()))
                        .forEach(p -> assertThat(p.isAlive()).as("left running: " + p.info().commandLine()).isFalse());
            } finally {
                app.close();
            }
        }
    }
}
