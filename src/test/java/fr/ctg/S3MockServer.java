package fr.ctg;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Adobe S3Mock, a real S3 API server, started once per test JVM as its own process from the executable jar that the
 * build copies to {@code target/s3mock/s3mock.jar} (its Spring Boot 3 stays off the tests' classpath), on free ports;
 * stopped when the JVM ends.
 */
public final class S3MockServer {

    private static S3MockServer shared;

    public final int httpPort;
    private final Process process;

    private S3MockServer(int httpPort, Process process) {
        this.httpPort = httpPort;
        this.process = process;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The JVM's S3Mock, started on first use. */
    public static synchronized S3MockServer shared() throws Exception {
        if (shared == null || !shared.process.isAlive()) {
            shared = start();
        }
        return shared;
    }

    private static S3MockServer start() throws Exception {
        Path jar = Path.of("target", "s3mock", "s3mock.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests through Maven (generate-test-resources "
                    + "copies com.adobe.testing:s3mock:4.7.0:exec there)");
        }
        int http = AppProcess.freePort();
        int https = AppProcess.freePort();
        Path log = Files.createDirectories(Path.of("target", "s3mock")).resolve("s3mock.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + https, "--com.adobe.testing.s3mock.httpPort=" + http, "--server.address=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding());
                return new S3MockServer(http, p);
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("S3Mock did not start; its log:\n" + Files.readString(log));
    }
}
