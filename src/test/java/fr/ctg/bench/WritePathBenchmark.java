package fr.ctg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.objective.EditingFixture;
import fr.ctg.objective.ObjectiveDetails;
import fr.ctg.objective.ObjectiveEditingService;
import fr.ctg.objective.ObjectiveField;
import fr.ctg.objective.SaveOutcome;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark: objective saves per second through the application (service layer: access check, row lock, merge,
 * validation, update, Envers revision, event) against raw MariaDB commits per second on the same server measured by
 * {@code sysbench oltp_update_index} (Debian package {@code sysbench}), with 1 and 4 writers; reported as ratios.
 */
@Tag("bench")
@CtgSpringTest
class WritePathBenchmark {

    static final int SECONDS = Integer.getInteger("ctg.bench.seconds", 15);

    @Autowired
    EditingFixture fixture;
    @Autowired
    TestLogin login;
    @Autowired
    ObjectiveEditingService editing;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void appSavesAgainstRawCommits() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int writers : new int[] {1, 4}) {
            long questionsBefore = questions();
            double app = appSavesPerSecond(writers);
            if (writers == 1) {
                // statements the server received per save (includes the few of the fixture and of this count)
                figures.put("statements_per_save_1_writer", round((questions() - questionsBefore) / (app * SECONDS)));
            }
            double raw = sysbenchTps(writers);
            figures.put("app_saves_per_s_" + writers + "_writer" + (writers > 1 ? "s" : ""), round(app));
            figures.put("raw_commits_per_s_" + writers + "_writer" + (writers > 1 ? "s" : ""), round(raw));
            figures.put("ratio_" + writers + "_writer" + (writers > 1 ? "s" : ""), round(app / raw));
        }
        figures.put("seconds_per_measure", SECONDS);
        figures.put("note", "app = ObjectiveEditingService.save in the test JVM (each writer on its own objective, progress changed "
                + "every save); raw = sysbench 1.0 oltp_update_index, 1 table of 10 000 rows, same MariaDB server");
        BenchReport.write("write-path", "Write path: objective saves vs raw MariaDB commits", figures);
    }

    private long questions() {
        return Long.parseLong(String.valueOf(jdbc.queryForMap("SHOW GLOBAL STATUS LIKE 'Questions'").get("Value")));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private double appSavesPerSecond(int writers) throws Exception {
        List<EditingFixture.World> worlds = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            worlds.add(fixture.create());
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> counts = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(SECONDS);
        for (EditingFixture.World w : worlds) {
            counts.add(pool.submit(() -> {
                login.as(w.user("copil"));
                try {
                    ObjectiveDetails d = editing.get(w.objectiveId());
                    int saves = 0;
                    while (System.nanoTime() < end) {
                        int next = (d.draft().progress() + 1) % 101;
                        SaveOutcome outcome = editing.save(d.id(), d.version(), d.draft().with(ObjectiveField.PROGRESS, next));
                        d = ((SaveOutcome.Saved) outcome).details();
                        assertThat(d.draft().progress()).isEqualTo(next);
                        saves++;
                    }
                    return saves;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        int total = 0;
        for (Future<Integer> f : counts) {
            total += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return total / seconds;
    }

    private double sysbenchTps(int threads) throws Exception {
        URI db = URI.create(((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("^jdbc:", ""));
        jdbc.execute("CREATE DATABASE IF NOT EXISTS sbtest");
        List<String> common = List.of("sysbench", "oltp_update_index", "--db-driver=mysql",
                "--mysql-host=" + db.getHost(), "--mysql-port=" + (db.getPort() < 0 ? 3306 : db.getPort()),
                "--mysql-user=" + ((HikariDataSource) dataSource).getUsername(), "--mysql-db=sbtest",
                "--tables=1", "--table-size=10000");
        run(concat(common, "cleanup"));
        run(concat(common, "prepare"));
        String out = run(concat(concat(common, "--threads=" + threads), "--time=" + SECONDS, "run"));
        run(concat(common, "cleanup"));
        Matcher m = Pattern.compile("transactions:\\s+\\d+\\s+\\(([\\d.]+) per sec").matcher(out);
        assertThat(m.find()).as("sysbench output:\n" + out).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static List<String> concat(List<String> list, String... more) {
        List<String> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("sysbench is needed for this benchmark: apt-get install sysbench", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
