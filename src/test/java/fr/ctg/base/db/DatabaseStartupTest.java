package fr.ctg.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.Application;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A MariaDB that does not answer stops the start with one clear line naming the variables to set. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupTest {

    @Test
    void anUnreachableDatabaseStopsTheStartWithOneClearLine(CapturedOutput output) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:mariadb://127.0.0.1:" + closedPort + "/ctg";
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("CTG_DB_URL=" + url, "CTG_DB_USER=ctg", "CTG_DB_PASSWORD=secret",
                        "CTG_BASE_URL=https://ctg.example.fr")
                .run())
                .isInstanceOf(DatabaseUnreachableException.class)
                .hasMessageStartingWith("MariaDB unreachable at " + url);
        assertThat(output.getAll())
                .contains("MariaDB unreachable at " + url)
                .contains("Set CTG_DB_URL")
                .contains("CTG_DB_USER")
                .contains("CTG_DB_PASSWORD")
                .doesNotContain("\tat org.mariadb")
                .doesNotContain("secret");
    }

    @Test
    void anEmbeddedDatabaseThatCannotStartGivesOneLineAndWhatToDo() {
        var failure = new EmbeddedMariaDb.EmbeddedDatabaseStartException(Path.of("data/mariadb"),
                new RuntimeException("Permission denied\nline two of the server log"));
        FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).startsWith("Embedded MariaDB could not start in ")
                .endsWith("Permission denied").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("CTG_DB_URL", "writable");
    }

    @Test
    void theAnalysisNamesTheVariables() {
        FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(
                new DatabaseUnreachableException("jdbc:mariadb://db:3306/ctg", new RuntimeException("Connection refused")));
        assertThat(analysis.getDescription()).isEqualTo("MariaDB unreachable at jdbc:mariadb://db:3306/ctg: Connection refused");
        assertThat(analysis.getAction()).contains("CTG_DB_URL", "CTG_DB_USER", "CTG_DB_PASSWORD");
    }
}
