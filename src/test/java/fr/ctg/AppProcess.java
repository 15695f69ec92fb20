package fr.ctg;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application as its own process (the classpath {@code ./mvnw spring-boot:run} uses: development mode with the
 * prebuilt frontend bundle), with its embedded MariaDB and files under one data directory, on free ports: for
 * benchmarks and fault drills that start it, kill it and start it again.
 */
public final class AppProcess implements AutoCloseable {

    public final int port;
    public final int databasePort;
    public final Path dataDir;
    private final Path log;
    private final Process process;
    private final long launchedAt;
    /** Whether this start loads the demo (its accounts exist only once the loader, run after the web server, ends). */
    private final boolean demo;

    private AppProcess(Path dataDir, String name, int databasePort, int port, Map<String, String> env,
                       List<String> args) throws IOException {
        this.dataDir = dataDir;
        this.port = port;
        this.databasePort = databasePort;
        this.log = dataDir.resolve(name + ".log");
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> !p.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", classpath, "fr.ctg.Application",
                "--server.port=" + port, "--ctg.db.embedded.port=" + databasePort));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("CTG_DATA_DIR", dataDir.toString());
        pb.environment().put("CTG_FILES_DIR", dataDir.resolve("files").toString());
        pb.environment().putAll(env);
        demo = "true".equalsIgnoreCase(env.get("CTG_DEMO")) || args.stream().anyMatch(a ->
                a.startsWith("--spring.profiles.active=") && List.of(a.substring(a.indexOf('=') + 1).split(","))
                        .contains("demo"));
        launchedAt = System.nanoTime();
        process = pb.start();
    }

    /**
     * Starts the application with the demo on this data directory (kept between starts) and waits until /login
     * answers.
     */
    public static AppProcess start(Path dataDir, String name, int databasePort) throws Exception {
        return start(dataDir, name, databasePort, freePort(), Map.of(), List.of("--spring.profiles.active=demo"));
    }

    /** Starts the application as configured by these variables and arguments (no demo unless they say so). */
    public static AppProcess start(Path dataDir, String name, int databasePort, int port, Map<String, String> env,
                                   List<String> args) throws Exception {
        Files.createDirectories(dataDir);
        AppProcess app = new AppProcess(dataDir, name, databasePort, port, env, args);
        app.awaitReady();
        return app;
    }

    /** Launches the application without waiting for it (a start expected to fail: see {@link #awaitExit}). */
    public static AppProcess launch(Path dataDir, String name, int databasePort, int port,
                                    Map<String, String> env, List<String> args) throws IOException {
        Files.createDirectories(dataDir);
        return new AppProcess(dataDir, name, databasePort, port, env, args);
    }

    /** The exit status once the process ended, or empty if it still runs after {@code timeout}. */
    public OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + databasePort + "/ctg";
    }

    public long pid() {
        return process.pid();
    }

    /** Seconds from launch until /login answered 200 (and, for a demo start, the demo was in place). */
    public double readySeconds;

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = launchedAt + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200 && (!demo || log().contains("Demo indicators of"))) {
                    readySeconds = Math.round((System.nanoTime() - launchedAt) / 1e8) / 10.0;
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the application never answered; its log:\n" + log());
    }

    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** SIGKILL: no shutdown hook runs, the embedded MariaDB (a child process) is left running. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: a graceful stop, the embedded MariaDB stopped by the application's shutdown hook. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
