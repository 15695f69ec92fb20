package fr.ctg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Load benchmark ({@code ./mvnw verify -Pload}): one save pushed to N other editors over real WebSockets. N listening
 * tabs (each its own login, accounts admin, secretariat, copil, suivi, referent, lecteur in turn) have objective
 * {@code load.fanout.objective} (default 3) open with a WebSocket push connection; one more tab (admin) sets a new
 * progress value (mSync + change) and clicks Save. Measured: from just before the Save click's UIDL request is sent
 * until each listener's WebSocket has delivered a message that sets the listener's progress field to the new value.
 * Levels {@code load.fanout.listeners} (default 10,100,350), {@code load.fanout.rounds} saves per level (default 5).
 */
class PushFanOutLoadBench {

    static final List<Integer> LEVELS = LoadSessions.intsProperty("load.fanout.listeners", "10,100,350");
    static final int ROUNDS = LoadSessions.intProperty("load.fanout.rounds", 5);
    static final int OBJECTIVE = LoadSessions.intProperty("load.fanout.objective", 3);
    static final int PARALLEL = LoadSessions.intProperty("load.parallelLogins", 8);
    static final String PROGRESS = "objective-progress";
    static final Pattern VERSION = Pattern.compile("(\\d+)");

    private static VaadinBrowser listener(int i, Heartbeats heartbeats) {
        List<String> accounts = LoadSessions.READERS_OF_OBJECTIVES;
        VaadinBrowser b = new VaadinBrowser();
        b.login(accounts.get(i % accounts.size()), LoadSessions.PASSWORD);
        VaadinTab editor = b.openTab("objectifs/" + OBJECTIVE, PROGRESS);
        heartbeats.add(editor);
        editor.connectPush();
        return b;
    }

    private static int versionNumber(VaadinTab tab) {
        Matcher m = VERSION.matcher(tab.text("objective-version"));
        if (!m.find()) {
            throw new LoadFailure("no version number in #objective-version: " + tab.text("objective-version"));
        }
        return Integer.parseInt(m.group(1));
    }

    @Test
    void saveReachesEveryEditor() throws Exception {
        LoadReport report = new LoadReport("push-fanout",
                "One save pushed to N objective editors over real WebSocket push connections");
        report.json.put("objectiveId", OBJECTIVE);
        report.json.put("roundsPerLevel", ROUNDS);
        try (AppJmx jmx = AppJmx.connect(); Heartbeats heartbeats = new Heartbeats(10)) {
            report.app(jmx);
            VaadinBrowser saverBrowser = new VaadinBrowser();
            saverBrowser.login("admin", LoadSessions.PASSWORD);
            // the saver lands on the dashboard and follows a router link to the objective, in the same UI
            VaadinTab saver = saverBrowser.openTab("", "convention-title");
            saver.navigate("objectifs/" + OBJECTIVE);
            saver.requireNode("objective-save");
            assertThat(saver.nodeOf("convention-title")).as("dashboard detached after navigation").isNegative();
            heartbeats.add(saver);
            saver.connectPush();

            ArrayNode levels = report.json.putArray("levels");
            report.line("| listeners | saves | deliveries | p50 (ms) | p95 (ms) | max (ms) | save request p50 (ms) | open listeners (s) | load avg |");
            report.line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            List<VaadinBrowser> listeners = new ArrayList<>();
            int round = 0;
            for (int level : LEVELS) {
                long openStart = System.nanoTime();
                listeners.addAll(LoadSessions.open(listeners.size(), level - listeners.size(), PARALLEL, i -> listener(i, heartbeats)));
                double openSeconds = (System.nanoTime() - openStart) / 1e9;
                List<VaadinTab> tabs = listeners.stream().map(b -> b.tabs().getFirst()).toList();
                Thread.sleep(5000); // presence updates of the joins settle

                List<Double> latencies = new ArrayList<>();
                List<Double> saveRequests = new ArrayList<>();
                ArrayNode rounds = VaadinTab.JSON.createArrayNode();
                for (int r = 0; r < ROUNDS; r++, round++) {
                    int current = Integer.parseInt(saver.property(PROGRESS, "value"));
                    String next = String.valueOf((current + 13 + round) % 101 == current ? (current + 1) % 101 : (current + 13 + round) % 101);
                    int versionBefore = versionNumber(saver);
                    List<CompletableFuture<Long>> arrivals = new ArrayList<>();
                    for (VaadinTab t : tabs) {
                        arrivals.add(t.expectProperty(PROGRESS, "value", next));
                    }
                    saver.setValue(PROGRESS, next);
                    long t0 = System.nanoTime();
                    saver.click("objective-save");
                    double saveMs = (System.nanoTime() - t0) / 1e6;
                    assertThat(versionNumber(saver)).as("version after save").isEqualTo(versionBefore + 1);
                    assertThat(saver.property(PROGRESS, "value")).isEqualTo(next);

                    List<Double> these = new ArrayList<>();
                    int missing = 0;
                    for (CompletableFuture<Long> f : arrivals) {
                        try {
                            these.add((f.get(60, TimeUnit.SECONDS) - t0) / 1e6);
                        } catch (TimeoutException e) {
                            missing++;
                        }
                    }
                    assertThat(missing).as("listeners that never received value " + next).isZero();
                    for (VaadinTab t : tabs) {
                        assertThat(t.push().failure()).isNull();
                        assertThat(versionNumber(t)).isEqualTo(versionBefore + 1);
                    }
                    Collections.sort(these);
                    latencies.addAll(these);
                    saveRequests.add(saveMs);
                    ObjectNode rn = rounds.addObject();
                    rn.put("value", next);
                    rn.put("saveRequestMs", round1(saveMs));
                    rn.put("p50Ms", round1(LoadReport.percentile(these, 50)));
                    rn.put("p95Ms", round1(LoadReport.percentile(these, 95)));
                    rn.put("maxMs", round1(these.getLast()));
                    Thread.sleep(2000);
                }
                Collections.sort(latencies);
                Collections.sort(saveRequests);
                assertThat(latencies).hasSize(level * ROUNDS);
                assertThat(heartbeats.lost()).as("UIs the server closed").isZero();
                double load = LoadReport.loadAverage();
                report.line("| %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |", level, ROUNDS, latencies.size(),
                        LoadReport.percentile(latencies, 50), LoadReport.percentile(latencies, 95), latencies.getLast(),
                        LoadReport.percentile(saveRequests, 50), openSeconds, load);
                ObjectNode l = levels.addObject();
                l.put("listeners", level);
                l.put("saves", ROUNDS);
                l.put("deliveries", latencies.size());
                l.put("p50Ms", round1(LoadReport.percentile(latencies, 50)));
                l.put("p95Ms", round1(LoadReport.percentile(latencies, 95)));
                l.put("maxMs", round1(latencies.getLast()));
                l.put("saveRequestP50Ms", round1(LoadReport.percentile(saveRequests, 50)));
                l.put("openListenersSeconds", round1(openSeconds));
                l.put("loadAverage", load);
                l.set("rounds", rounds);
            }
            report.line("");
            report.line("Latency: from just before the Save click's UIDL POST is sent until a listener's WebSocket delivered the "
                    + "message setting its progress field to the new value (time taken when the frame reaches the "
                    + "java.net.http listener, so it includes the load generator's own scheduling on the shared CPU). "
                    + "Every save is checked (version +1 on the saver, new value on every listener).");
            heartbeats.removeAll();
            List<VaadinBrowser> all = new ArrayList<>(listeners);
            all.add(saverBrowser);
            LoadSessions.logoutAll(all, PARALLEL);
        }
        report.write();
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
