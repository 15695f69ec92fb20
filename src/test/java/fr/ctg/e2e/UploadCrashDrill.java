package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.AppProcess;
import fr.ctg.bench.BenchReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * Fault drill ({@code ./mvnw -Pdrills verify}; needs Debian's chromium and chromium-driver): the application, started
 * as its own process, is killed with SIGKILL while a secretariat member's browser is uploading a 20 MB deliberation
 * (upload throttled in Chromium so that it is caught half-way). After a restart on the same data: no partial file is
 * left (incoming and staging areas empty), no database row refers to the cut upload, every stored file has its version
 * row and every version row its file; the same deliberation uploaded again is downloaded byte-identical.
 */
@Tag("drill")
class UploadCrashDrill {

    private static Path largePdf() throws Exception {
        Path pdf = Files.createTempFile("grande-deliberation", ".pdf");
        byte[] head = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
                + "endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n%").getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new byte[20 * 1024 * 1024];
        new Random(42).nextBytes(body);
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '\n' || body[i] == '\r') {
                body[i] = 'x';
            }
        }
        byte[] tail = ("\n" + System.nanoTime() + "\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        try (var out = Files.newOutputStream(pdf)) {
            out.write(head);
            out.write(body);
            out.write(tail);
        }
        return pdf;
    }

    private static long partialBytes(Path incoming) throws Exception {
        if (!Files.isDirectory(incoming)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(incoming)) {
            return files.mapToLong(p -> p.toFile().length()).max().orElse(0);
        }
    }

    private static List<Path> filesIn(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    /** How many mariadbd processes run on this data directory. */
    private static long mariadbOn(Path data) {
        String dir = data.resolve("mariadb").toString();
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("mariadbd")
                && p.info().commandLine().orElse("").contains(dir)).count();
    }

    @Test
    void aKillDuringAnUploadLeavesNothingHalfDone() throws Exception {
        Path data = Files.createDirectories(Path.of("target", "drill-upload-crash", String.valueOf(System.currentTimeMillis())))
                .toAbsolutePath();
        Path files = data.resolve("files");
        int databasePort = AppProcess.freePort();
        Path pdf = largePdf();
        String number = "CRASH-" + System.currentTimeMillis() % 100000;
        Map<String, Object> figures = new LinkedHashMap<>();

        long cutAt;
        AppProcess app = AppProcess.start(data, "before-crash", databasePort);
        try (Browser b = new Browser(app.baseUrl())) {
            b.login("secretariat");
            ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
            slow.setLatency(Duration.ofMillis(5));
            slow.setDownloadThroughput(100 * 1024 * 1024);
            slow.setUploadThroughput(1024 * 1024);
            ((ChromeDriver) b.driver).setNetworkConditions(slow);
            DeliberationUpload.fillAndChoose(b, number, pdf);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partialBytes(files.resolve("incoming")) < 2 * 1024 * 1024 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            cutAt = partialBytes(files.resolve("incoming"));
            assertThat(cutAt).as("the upload was under way when the application was killed")
                    .isBetween(2L * 1024 * 1024, Files.size(pdf) - 1);
            app.kill();
        } finally {
            app.close();
        }
        figures.put("file_bytes", Files.size(pdf));
        figures.put("received_when_killed_bytes", cutAt);
        figures.put("partial_files_on_disk_after_kill", filesIn(files.resolve("incoming")).size());
        figures.put("mariadb_servers_left_running_after_kill", mariadbOn(data));

        try (AppProcess restarted = AppProcess.start(data, "after-crash", databasePort)) {
            figures.put("restart_ready_s", restarted.readySeconds);
            assertThat(mariadbOn(data)).as("one MariaDB server on the data directory").isEqualTo(1);
            assertThat(filesIn(files.resolve("incoming"))).as("no partial upload left").isEmpty();
            assertThat(filesIn(files.resolve("staging"))).as("nothing half-staged left").isEmpty();
            Set<String> stored = new HashSet<>();
            filesIn(files.resolve("store")).forEach(p -> stored.add(p.getFileName().toString()));
            Set<String> keys = new HashSet<>();
            try (Connection c = DriverManager.getConnection(restarted.jdbcUrl(), "root", "")) {
                try (ResultSet r = c.createStatement().executeQuery("SELECT storage_key FROM document_version")) {
                    while (r.next()) {
                        keys.add(r.getString(1));
                    }
                }
                try (ResultSet r = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM document WHERE deliberation_number = '" + number + "'")) {
                    r.next();
                    assertThat(r.getInt(1)).as("no row for the cut upload").isZero();
                }
            }
            assertThat(stored).as("every stored file has its version row and every row its file").isEqualTo(keys);
            figures.put("stored_files_after_restart", stored.size());
            figures.put("version_rows_after_restart", keys.size());

            try (Browser b = new Browser(restarted.baseUrl())) {
                b.login("secretariat");
                DeliberationUpload.fillAndChoose(b, number, pdf);
                String href = DeliberationUpload.saveAndFindDownload(b, pdf);
                HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", b.cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(download.statusCode()).isEqualTo(200);
                assertThat(download.body()).as("the re-upload downloads byte-identical").isEqualTo(Files.readAllBytes(pdf));
                figures.put("re_upload", "saved and downloaded byte-identical");
            }
        }
        figures.put("conditions", "Chromium upload throttled to 1 MB/s");
        BenchReport.write("drill-upload-crash", "Drill: crash during upload", figures);
    }
}
