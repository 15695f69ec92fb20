package fr.ctg;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A Redis server of the test's own ({@code redis-server} from Debian, keeping nothing on disk) on a free loopback
 * port, which a test may stop and start again on the same port — never the machine's shared one. Without
 * {@code redis-server} the test is skipped, unless {@code CTG_REQUIRE_REDIS=1} (set by {@code .ci/run}, which
 * installs it) makes that a failure.
 */
public final class RedisServer implements AutoCloseable {

    public final int port;
    private Process process;

    private RedisServer(int port) {
        this.port = port;
    }

    /** Starts one, or skips the calling test when the machine has no {@code redis-server}. */
    public static RedisServer start() throws Exception {
        boolean present = binary() != null;
        if (!present && "1".equals(System.getenv("CTG_REQUIRE_REDIS"))) {
            throw new IllegalStateException("redis-server is required (CTG_REQUIRE_REDIS=1) but not on this machine");
        }
        Assumptions.assumeTrue(present, "redis-server is not installed (apt-get install redis-server)");
        RedisServer server = new RedisServer(freePort());
        server.startAgain();
        return server;
    }

    private static Path binary() {
        for (String dir : List.of("/usr/bin", "/usr/local/bin", "/usr/sbin")) {
            Path p = Path.of(dir, "redis-server");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts the server (again) on its port and waits until it answers PING. */
    public void startAgain() throws Exception {
        process = new ProcessBuilder(binary().toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!answers()) {
            if (System.nanoTime() > until || !process.isAlive()) {
                throw new IllegalStateException("redis-server did not start on port " + port);
            }
            Thread.sleep(50);
        }
    }

    /** Stops the server (SIGKILL: connections drop as in a crash) and waits until the port is closed. */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            process = null;
        }
    }

    public boolean answers() {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(1000);
            s.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = new byte[7];
            int n = s.getInputStream().read(reply);
            return n > 0 && new String(reply, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
