package fr.ctg.drill;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.objective.EditingFixture;
import fr.ctg.objective.ObjectiveDetails;
import fr.ctg.objective.ObjectiveEditingService;
import fr.ctg.objective.ObjectiveField;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault drill: the documented backup ({@code src/ops/backup.sh}: mariadb-dump + uploaded files) is taken, the
 * database and the files are wiped, the backup is restored ({@code src/ops/restore.sh}); every table's row count
 * and checksum and every file's SHA-256 are the same as before.
 */
@Tag("drill")
@CtgSpringTest
class BackupRestoreDrill {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Value("${ctg.files.dir}")
    Path filesDir;
    @Value("${ctg.db.embedded.base-dir:}")
    String embeddedBaseDir;

    private Map<String, String> tables() {
        return TableSnapshot.of(jdbc);
    }

    private Map<String, String> files() throws Exception {
        Map<String, String> result = new TreeMap<>();
        if (!Files.exists(filesDir)) {
            return result;
        }
        try (Stream<Path> paths = Files.walk(filesDir)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(p)) {
                    in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), sha));
                }
                result.put(filesDir.relativize(p).toString(), HexFormat.of().formatHex(sha.digest()));
            }
        }
        return result;
    }

    private long run(String script, Path backup) throws IOException, InterruptedException {
        URI db = URI.create(((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("^jdbc:", ""));
        ProcessBuilder pb = new ProcessBuilder("bash", Path.of("src/ops", script).toString(), backup.toString()).inheritIO();
        pb.environment().put("CTG_DB_HOST", db.getHost());
        pb.environment().put("CTG_DB_PORT", String.valueOf(db.getPort() < 0 ? 3306 : db.getPort()));
        pb.environment().put("CTG_DB_NAME", db.getPath().substring(1));
        pb.environment().put("CTG_DB_USER", ((HikariDataSource) dataSource).getUsername());
        String password = ((HikariDataSource) dataSource).getPassword();
        pb.environment().put("CTG_DB_PASSWORD", password == null ? "" : password);
        pb.environment().put("CTG_FILES_DIR", filesDir.toAbsolutePath().toString());
        if (System.getenv("CTG_DB_URL") == null && !embeddedBaseDir.isBlank()) {
            pb.environment().put("CTG_MARIADB_BIN", Path.of(embeddedBaseDir, "bin").toAbsolutePath().toString());
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(script + " exit code").isZero();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Autowired
    EditingFixture fixture;
    @Autowired
    TestLogin login;
    @Autowired
    ObjectiveEditingService editing;

    /** More than the demo: conventions, members, objectives and 200 saved versions with their history rows. */
    private void someWork() {
        for (int i = 0; i < 10; i++) {
            EditingFixture.World w = fixture.create();
            login.as(w.user("copil"));
            for (int v = 1; v <= 20; v++) {
                ObjectiveDetails d = editing.get(w.objectiveId());
                editing.save(d.id(), d.version(), d.draft().with(ObjectiveField.PROGRESS, v));
            }
            login.logout();
        }
    }

    @Test
    void aBackupRestoresEveryRowAndEveryFile() throws Exception {
        someWork();
        Map<String, String> tablesBefore = tables();
        Map<String, String> filesBefore = files();
        long rows = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_type = 'BASE TABLE'", String.class).stream()
                .mapToLong(t -> jdbc.queryForObject("SELECT COUNT(*) FROM `" + t + "`", Long.class)).sum();
        assertThat(tablesBefore).hasSizeGreaterThan(30);
        assertThat(filesBefore).as("the demo deliberations' files at least").isNotEmpty();

        Path backup = Files.createDirectories(Path.of("target", "drill-backup", String.valueOf(System.currentTimeMillis())));
        long backupMs = run("backup.sh", backup);

        // wipe: an empty database, no files
        String database = jdbc.queryForObject("SELECT DATABASE()", String.class);
        jdbc.execute("DROP DATABASE `" + database + "`");
        jdbc.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        jdbc.execute("USE `" + database + "`");
        try (Stream<Path> paths = Files.walk(filesDir)) {
            paths.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(filesDir)).forEach(p -> p.toFile().delete());
        }
        assertThat(tables()).isEmpty();
        assertThat(files()).isEmpty();

        long restoreMs = run("restore.sh", backup);
        Map<String, String> tablesAfter = tables();
        Map<String, String> filesAfter = files();
        assertThat(tablesAfter).isEqualTo(tablesBefore);
        assertThat(filesAfter).isEqualTo(filesBefore);

        DrillReport.write("backup-restore", Map.of("tables", tablesBefore.size(), "rows", rows,
                "files", filesBefore.size(), "dump_bytes", Files.size(backup.resolve("database.sql")),
                "backup_ms", backupMs, "restore_ms", restoreMs,
                "tables_identical", "yes (row count and CHECKSUM TABLE of each)",
                "files_identical", "yes (SHA-256 of each)"));
    }
}
