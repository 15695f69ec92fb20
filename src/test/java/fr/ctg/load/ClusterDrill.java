package fr.ctg.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.AppProcess;
import fr.ctg.RedisServer;
import fr.ctg.bench.BenchReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fault drill ({@code ./mvnw -Pdrills verify -Dtest=ClusterDrill}): two portal nodes on one MariaDB server (the
 * machine's, 127.0.0.1:3306, in a database made for the drill), the hub over a Redis server of the drill's own, and
 * HAProxy in front with the shipped {@code deploy/haproxy/haproxy.cfg}, all on loopback. 100 simulated members
 * (Vaadin's protocol over HTTP and WebSockets) spread over both nodes by the balancer keep objective 3 open: a save
 * made on node A reaches the editors on node B; node A is killed with SIGKILL: members on B are unaffected, members
 * of A are sent to B, log in again and find every saved value; A comes back, then Redis stops for 30 s: saves go on,
 * and presence across nodes returns within 30 s of Redis' restart.
 */
@Tag("drill")
class ClusterDrill {

    static final int MEMBERS = LoadSessions.intProperty("drill.cluster.members", 100);
    static final int ROUNDS = 5;
    static final int OBJECTIVE = 3;
    static final String PROGRESS = "objective-progress";
    static final Pattern VERSION = Pattern.compile("(\\d+)");
    static final Path DIR = Path.of("target", "drill-cluster");

    private record Member(VaadinBrowser browser, VaadinTab tab, String node) {
    }

    @Test
    void twoNodesBehindHaproxyLoseNothing() throws Exception {
        Path haproxy = Path.of("/usr/sbin/haproxy");
        assertThat(Files.isExecutable(haproxy)).as("haproxy (apt-get install haproxy)").isTrue();
        String database = "ctg_cluster_" + System.currentTimeMillis();
        sql("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Map<String, Object> figures = new LinkedHashMap<>();
        int lbPort = AppProcess.freePort();
        int portA = AppProcess.freePort();
        int portB = AppProcess.freePort();
        System.setProperty("load.baseUrl", "http://127.0.0.1:" + lbPort); // before the first use of LoadHttp
        try (RedisServer redis = RedisServer.start()) {
            Map<String, String> env = Map.of("CTG_DB_URL", "jdbc:mariadb://127.0.0.1:3306/" + database,
                    "CTG_DB_USER", "root", "CTG_DB_PASSWORD", "", "CTG_HUB", "redis",
                    "CTG_REDIS_HOST", "127.0.0.1", "CTG_REDIS_PORT", String.valueOf(redis.port),
                    "CTG_BASE_URL", "http://127.0.0.1:" + lbPort);
            AppProcess a = AppProcess.start(DIR.resolve("a"), "node-a", AppProcess.freePort(), portA, env,
                    List.of("--spring.profiles.active=demo"));
            // the second start of the demo (SPRING_PROFILES_ACTIVE, not an argument: AppProcess would wait for a load
            // that does not happen again) — without the demo, the demo accounts' published password is refused
            Map<String, String> again = new HashMap<>(env);
            again.put("SPRING_PROFILES_ACTIVE", "demo");
            AppProcess b = AppProcess.start(DIR.resolve("b"), "node-b", AppProcess.freePort(), portB, again,
                    List.of());
            figures.put("node_a_ready_s", a.readySeconds);
            figures.put("node_b_ready_s", b.readySeconds);
            ProcessBuilder balancer = new ProcessBuilder(haproxy.toString(), "-db", "-f",
                    Path.of("deploy/haproxy/haproxy.cfg").toAbsolutePath().toString()).redirectErrorStream(true)
                    .redirectOutput(DIR.resolve("haproxy.log").toFile());
            balancer.environment().putAll(Map.of("CTG_LB_BIND", "127.0.0.1:" + lbPort,
                    "CTG_NODE_A", "127.0.0.1:" + portA, "CTG_NODE_B", "127.0.0.1:" + portB));
            Process lb = balancer.start();
            try (Heartbeats heartbeats = new Heartbeats(10)) {
                awaitBothNodesBehind(lbPort);
                run(figures, heartbeats, a, redis, again, portA, lbPort);
            } catch (Throwable t) {
                t.addSuppressed(new AssertionError("refused logins in the journal: " + refusedLogins(database)));
                throw t;
            } finally {
                lb.destroy();
                lb.waitFor(10, TimeUnit.SECONDS);
                a.close();
                b.close();
            }
        } finally {
            sql("DROP DATABASE IF EXISTS " + database);
            BenchReport.write("drill-cluster", "Drill: two nodes, HAProxy, Redis", figures);
        }
    }

    private void run(Map<String, Object> figures, Heartbeats heartbeats, AppProcess a, RedisServer redis,
                     Map<String, String> env, int portA, int lbPort) throws Exception {
        // 1. members spread over both nodes by the balancer
        long openStart = System.nanoTime();
        List<Member> members = new ArrayList<>();
        for (VaadinBrowser browser : LoadSessions.open(0, MEMBERS, 8, i -> member(i, heartbeats))) {
            members.add(new Member(browser, browser.tabs().getFirst(), browser.cookie("CTGNODE")));
        }
        figures.put("database", "the machine's MariaDB server on 127.0.0.1:3306 (both nodes), Redis and HAProxy on loopback");
        figures.put("members", members.size());
        figures.put("open_members_s", seconds(openStart));
        long onA = members.stream().filter(m -> "a".equals(m.node())).count();
        figures.put("members_on_a", onA);
        figures.put("members_on_b", members.size() - onA);
        assertThat(onA).as("members on node A").isBetween(members.size() / 4L, members.size() * 3L / 4);
        Thread.sleep(5000); // presence of the joins settles

        // 2. saves on node A reach the editors on node B
        VaadinTab saverA = editorOn("a", "admin", heartbeats);
        List<Double> toB = new ArrayList<>();
        List<Double> toA = new ArrayList<>();
        int value = 0;
        for (int r = 0; r < ROUNDS; r++) {
            value = nextValue(saverA, r);
            save(saverA, value, members, toA, toB);
            Thread.sleep(1500);
        }
        Collections.sort(toB);
        Collections.sort(toA);
        figures.put("fanout_saves_on_a", ROUNDS);
        figures.put("fanout_to_b_deliveries", toB.size());
        figures.put("fanout_to_b_p50_ms", round1(LoadReport.percentile(toB, 50)));
        figures.put("fanout_to_b_p95_ms", round1(LoadReport.percentile(toB, 95)));
        figures.put("fanout_to_b_max_ms", round1(toB.getLast()));
        figures.put("fanout_to_a_p95_ms", round1(LoadReport.percentile(toA, 95)));
        figures.put("load_average_fanout", LoadReport.loadAverage());
        figures.put("single_node_target_p95_ms_100_editors", 40);
        int savedVersion = versionNumber(saverA);

        // 3. node A killed: B's members go on, A's log in again on B and find every saved value
        a.kill();
        long killedAt = System.nanoTime();
        List<Member> ofA = members.stream().filter(m -> "a".equals(m.node())).toList();
        List<Member> ofB = members.stream().filter(m -> "b".equals(m.node())).toList();
        ofA.forEach(m -> m.tab().discard());
        VaadinTab saverB = editorOn("b", "secretariat", heartbeats);
        assertThat(saverB.property(PROGRESS, "value")).isEqualTo(String.valueOf(value));
        List<Double> afterKill = new ArrayList<>();
        int valueOnB = nextValue(saverB, 7);
        save(saverB, valueOnB, ofB, new ArrayList<>(), afterKill);
        savedVersion++;
        Collections.sort(afterKill);
        figures.put("after_kill_b_members_reached", afterKill.size());
        figures.put("after_kill_fanout_b_p95_ms", round1(LoadReport.percentile(afterKill, 95)));
        for (Member m : ofB) {
            assertThat(m.tab().push().failure()).as("push of a member on B").isNull();
        }
        int lost = 0;
        long relogStart = System.nanoTime();
        for (Member m : ofA) {
            VaadinBrowser again = new VaadinBrowser();
            again.login(m.browser().username(), LoadSessions.PASSWORD);
            assertThat(again.cookie("CTGNODE")).isEqualTo("b");
            VaadinTab tab = again.openTab("objectifs/" + OBJECTIVE, PROGRESS);
            if (!tab.property(PROGRESS, "value").equals(String.valueOf(valueOnB)) || versionNumber(tab) != savedVersion) {
                lost++;
            }
            again.logout();
        }
        figures.put("members_of_a_logged_in_again_on_b", ofA.size());
        figures.put("members_of_a_relogin_all_s", seconds(relogStart));
        figures.put("first_relogin_after_kill_s", round1((relogStart - killedAt) / 1e9));
        figures.put("saved_values_lost", lost);
        assertThat(heartbeats.lost()).as("UIs of members on B closed by the server").isLessThanOrEqualTo(ofA.size() + 1);
        assertThat(lost).as("saved values not found after logging in again").isZero();
        heartbeats.removeAll();
        for (Member m : ofB) {
            m.tab().closePush();
        }
        saverA.closePush();

        // 4. A back; Redis stopped for 30 s: saves go on, presence across nodes comes back after the restart
        AppProcess aAgain = AppProcess.start(DIR.resolve("a"), "node-a-again", AppProcess.freePort(), portA, env,
                List.of());
        try (Heartbeats beats = new Heartbeats(10)) {
            figures.put("node_a_restart_ready_s", aAgain.readySeconds);
            awaitBothNodesBehind(lbPort);
            VaadinTab editorA = editorOn("a", "copil", beats);
            VaadinTab watcherB = editorOn("b", "referent", beats);
            assertThat(await(Duration.ofSeconds(20), () -> !watcherB.text("presence-names").isBlank()))
                    .as("B sees the editor on A before the outage").isTrue();
            String together = watcherB.text("presence-names");

            redis.stop();
            long stoppedAt = System.nanoTime();
            int savesDuringOutage = 0;
            while (System.nanoTime() - stoppedAt < TimeUnit.SECONDS.toNanos(30)) {
                int before = versionNumber(editorA);
                editorA.setValue(PROGRESS, String.valueOf(nextValue(editorA, savesDuringOutage)));
                editorA.click("objective-save");
                assertThat(versionNumber(editorA)).as("a save during the Redis outage").isEqualTo(before + 1);
                savesDuringOutage++;
                Thread.sleep(5000);
            }
            figures.put("saves_during_redis_outage", savesDuringOutage);
            figures.put("presence_dropped_during_outage", !watcherB.text("presence-names").equals(together));
            redis.startAgain();
            long restartedAt = System.nanoTime();
            boolean back = await(Duration.ofSeconds(30), () -> watcherB.text("presence-names").equals(together));
            figures.put("presence_back_after_redis_restart_s", round1((System.nanoTime() - restartedAt) / 1e9));
            assertThat(back).as("presence across nodes within 30 s of Redis' restart").isTrue();
            int last = nextValue(editorA, 11);
            CompletableFuture<Long> arrival = watcherB.expectProperty(PROGRESS, "value", String.valueOf(last));
            editorA.setValue(PROGRESS, String.valueOf(last));
            long t0 = System.nanoTime();
            editorA.click("objective-save");
            figures.put("cross_node_save_after_restart_ms", round1((arrival.get(30, TimeUnit.SECONDS) - t0) / 1e6));
            figures.put("load_average_end", LoadReport.loadAverage());
        } finally {
            aAgain.close();
        }
    }

    private static VaadinBrowser member(int i, Heartbeats heartbeats) {
        List<String> accounts = LoadSessions.READERS_OF_OBJECTIVES;
        VaadinBrowser b = new VaadinBrowser();
        b.login(accounts.get(i % accounts.size()), LoadSessions.PASSWORD);
        VaadinTab editor = b.openTab("objectifs/" + OBJECTIVE, PROGRESS);
        heartbeats.add(editor);
        editor.connectPush();
        return b;
    }

    /** An objective editor of {@code account} on the given node (logging in until the balancer sends it there). */
    private static VaadinTab editorOn(String node, String account, Heartbeats heartbeats) {
        for (int attempt = 0; attempt < 10; attempt++) {
            VaadinBrowser b = new VaadinBrowser();
            b.login(account, LoadSessions.PASSWORD);
            if (node.equals(b.cookie("CTGNODE"))) {
                VaadinTab tab = b.openTab("objectifs/" + OBJECTIVE, PROGRESS);
                heartbeats.add(tab);
                tab.connectPush();
                return tab;
            }
            b.logout();
        }
        throw new LoadFailure("the balancer never sent " + account + " to node " + node);
    }

    private static void save(VaadinTab saver, int value, List<Member> members, List<Double> toA, List<Double> toB)
            throws Exception {
        int versionBefore = versionNumber(saver);
        List<CompletableFuture<Long>> arrivals = new ArrayList<>();
        for (Member m : members) {
            arrivals.add(m.tab().expectProperty(PROGRESS, "value", String.valueOf(value)));
        }
        saver.setValue(PROGRESS, String.valueOf(value));
        long t0 = System.nanoTime();
        saver.click("objective-save");
        assertThat(versionNumber(saver)).as("version after the save").isEqualTo(versionBefore + 1);
        int missing = 0;
        for (int i = 0; i < members.size(); i++) {
            try {
                double ms = (arrivals.get(i).get(30, TimeUnit.SECONDS) - t0) / 1e6;
                ("a".equals(members.get(i).node()) ? toA : toB).add(ms);
            } catch (TimeoutException e) {
                missing++;
            }
        }
        assertThat(missing).as("editors that never received " + value).isZero();
    }

    private static int nextValue(VaadinTab tab, int salt) {
        int current = Integer.parseInt(tab.property(PROGRESS, "value"));
        int next = (current + 13 + salt) % 101;
        return next == current ? (current + 1) % 101 : next;
    }

    private static int versionNumber(VaadinTab tab) {
        Matcher m = VERSION.matcher(tab.text("objective-version"));
        if (!m.find()) {
            throw new LoadFailure("no version number in #objective-version: " + tab.text("objective-version"));
        }
        return Integer.parseInt(m.group(1));
    }

    /** Waits until the balancer has sent requests to both nodes (each passed its readiness checks). */
    private static void awaitBothNodesBehind(int lbPort) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (seen.size() < 2 && System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + lbPort + "/login"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("CTGNODE="))
                        .map(c -> c.substring(8, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).forEach(seen::add);
            } catch (IOException e) {
                // balancer not listening yet
            }
            Thread.sleep(200);
        }
        assertThat(seen).as("nodes the balancer sends requests to").containsExactlyInAnyOrder("a", "b");
    }

    private static boolean await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return condition.getAsBoolean();
    }

    private static List<String> refusedLogins(String database) {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + database, "root", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT occurred_at, actor_label, detail, client_address FROM journal_entry "
                     + "WHERE kind = 'LOGIN_FAILED' ORDER BY id LIMIT 20")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4));
            }
        } catch (Exception e) {
            rows.add(e.toString());
        }
        return rows;
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static double seconds(long since) {
        return round1((System.nanoTime() - since) / 1e9);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
