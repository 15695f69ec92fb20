package fr.ctg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Load benchmark ({@code ./mvnw verify -Pload}): heap the app retains per logged-in session. Each session is a
 * separate login (its own HTTP session) with two tabs open: the dashboard and an objective editor (objectives 1..10
 * of the Savès convention in turn, accounts admin, secretariat, copil, suivi, referent, lecteur in turn), each tab a
 * real Vaadin UI with its WebSocket push connection (unless {@code -Dload.memory.push=false}), heartbeats every 10 s.
 * After warming up (sessions opened then logged out) the app's heap is read over JMX after full GCs at 0 sessions,
 * then at each level of {@code load.memory.sessions} (default 100,500) after holding the sessions for
 * {@code load.memory.holdSeconds} (default 20) with heartbeats flowing. Per session = (heap(N) − heap(0)) / N.
 */
class MemoryPerSessionLoadBench {

    static final List<Integer> LEVELS = LoadSessions.intsProperty("load.memory.sessions", "100,500");
    static final int HOLD_SECONDS = LoadSessions.intProperty("load.memory.holdSeconds", 20);
    static final int WARMUP = LoadSessions.intProperty("load.memory.warmup", 20);
    static final int PARALLEL = LoadSessions.intProperty("load.parallelLogins", 8);
    static final boolean PUSH = Boolean.parseBoolean(System.getProperty("load.memory.push", "true"));

    private static VaadinBrowser session(int i, Heartbeats heartbeats) {
        List<String> accounts = LoadSessions.READERS_OF_OBJECTIVES;
        VaadinBrowser b = new VaadinBrowser();
        b.login(accounts.get(i % accounts.size()), LoadSessions.PASSWORD);
        VaadinTab dashboard = b.openTab("", "convention-title");
        heartbeats.add(dashboard);
        VaadinTab editor = b.openTab("objectifs/" + (1 + i % 10), "objective-progress");
        heartbeats.add(editor);
        if (PUSH) {
            dashboard.connectPush();
            editor.connectPush();
        }
        return b;
    }

    @Test
    void retainedHeapPerSession() throws Exception {
        LoadReport report = new LoadReport("memory-per-session",
                "Heap retained per logged-in session (dashboard + objective editor tabs), real HTTP/WebSocket clients");
        try (AppJmx jmx = AppJmx.connect(); Heartbeats heartbeats = new Heartbeats(10)) {
            report.app(jmx);
            report.json.put("tabsPerSession", 2);
            report.json.put("pushConnections", PUSH);
            report.json.put("holdSeconds", HOLD_SECONDS);
            report.json.put("warmupSessions", WARMUP);

            long warmStart = System.nanoTime();
            List<VaadinBrowser> warm = LoadSessions.open(0, WARMUP, PARALLEL, i -> session(i, heartbeats));
            Thread.sleep(3000);
            heartbeats.removeAll();
            LoadSessions.logoutAll(warm, PARALLEL);
            report.line("Warm-up: %d sessions opened and logged out in %.1f s", WARMUP, (System.nanoTime() - warmStart) / 1e9);
            Thread.sleep(3000);

            long base = jmx.heapAfterFullGc();
            Map<String, long[]> baseHistogram = jmx.classHistogram();
            report.line("N = 0: heap after full GC %.1f MB (app max heap %.0f MB)", base / 1048576.0, jmx.maxHeap() / 1048576.0);
            ArrayNode levels = report.json.putArray("levels");
            ObjectNode zero = levels.addObject();
            zero.put("sessions", 0);
            zero.put("heapAfterGcBytes", base);

            report.line("");
            report.line("| sessions | UIs | push connections | heap after full GC (MB) | KB per session vs N=0 | KB per session vs previous level | open time (s) | load avg |");
            report.line("|---:|---:|---:|---:|---:|---:|---:|---:|");
            List<VaadinBrowser> sessions = new ArrayList<>();
            long previousHeap = base;
            int previousN = 0;
            for (int level : LEVELS) {
                long openStart = System.nanoTime();
                sessions.addAll(LoadSessions.open(sessions.size(), level - sessions.size(), PARALLEL, i -> session(i, heartbeats)));
                double openSeconds = (System.nanoTime() - openStart) / 1e9;
                Thread.sleep(HOLD_SECONDS * 1000L);
                long heap = jmx.heapAfterFullGc();

                // what was measured really was there: every UI still known to the server, every push connection open
                int alive = aliveTabs(sessions);
                int uis = sessions.stream().mapToInt(b -> b.tabs().size()).sum();
                long openPush = sessions.stream().flatMap(b -> b.tabs().stream())
                        .filter(t -> t.push() != null && t.push().isOpen() && t.push().failure() == null).count();
                assertThat(uis).isEqualTo(2 * level);
                assertThat(alive).as("UIs answering their heartbeat").isEqualTo(uis);
                assertThat(heartbeats.lost()).as("heartbeats refused").isZero();
                assertThat(heartbeats.errors()).as("heartbeats failed").isZero();
                if (PUSH) {
                    assertThat(openPush).as("open push connections").isEqualTo(uis);
                }

                double perSession = (heap - base) / 1024.0 / level;
                double marginal = (heap - previousHeap) / 1024.0 / (level - previousN);
                double load = LoadReport.loadAverage();
                report.line("| %d | %d | %d | %.1f | %.0f | %.0f | %.1f | %.1f |", level, uis, PUSH ? openPush : 0, heap / 1048576.0,
                        perSession, marginal, openSeconds, load);
                ObjectNode l = levels.addObject();
                l.put("sessions", level);
                l.put("uis", uis);
                l.put("openPushConnections", PUSH ? openPush : 0);
                l.put("heapAfterGcBytes", heap);
                l.put("kbPerSessionVsZero", Math.round(perSession * 10) / 10.0);
                l.put("kbPerSessionVsPreviousLevel", Math.round(marginal * 10) / 10.0);
                l.put("openSeconds", Math.round(openSeconds * 10) / 10.0);
                l.put("heartbeatsSentSoFar", heartbeats.sent());
                l.put("loadAverage", load);
                previousHeap = heap;
                previousN = level;
            }
            growth(report, baseHistogram, jmx.classHistogram(), previousN);
            report.line("");
            report.line("Heartbeats sent: %d, refused: %d, failed: %d.", heartbeats.sent(), heartbeats.lost(), heartbeats.errors());
            heartbeats.removeAll();
            LoadSessions.logoutAll(sessions, PARALLEL);
        }
        report.line("Method: each session logs in (form POST with the _csrf token), opens the dashboard and an objective "
                + "editor (index page, ?v-r=init, ui-navigate UIDL event), %s; the app's heap is read over JMX "
                + "(MemoryMXBean.gc() three times, smallest heap used).", PUSH ? "then a WebSocket push connection per tab" : "no push connection");
        report.write();
    }

    /** What grew between the two histograms, per session: the 30 classes that grew most, in bytes. */
    private static void growth(LoadReport report, Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        record Grown(String type, long bytes, long instances) {
        }
        List<Grown> grown = new ArrayList<>();
        after.forEach((type, now) -> {
            long[] was = before.getOrDefault(type, new long[2]);
            grown.add(new Grown(type, now[0] - was[0], now[1] - was[1]));
        });
        grown.sort(java.util.Comparator.comparingLong(Grown::bytes).reversed());
        long total = grown.stream().mapToLong(Grown::bytes).sum();
        report.line("");
        report.line("Heap histogram at %d sessions minus N = 0 (GC.class_histogram after a full GC): %.0f KB per session "
                + "in all; the 30 classes that grew most:", sessions, total / 1024.0 / sessions);
        report.line("");
        report.line("| class | KB per session | instances per session |");
        report.line("|---|---:|---:|");
        ArrayNode top = report.json.putArray("histogramGrowthPerSession");
        for (Grown g : grown.subList(0, Math.min(30, grown.size()))) {
            report.line("| `%s` | %.1f | %.1f |", g.type(), g.bytes() / 1024.0 / sessions, (double) g.instances() / sessions);
            ObjectNode row = top.addObject();
            row.put("class", g.type());
            row.put("bytesPerSession", g.bytes() / sessions);
            row.put("instancesPerSession", Math.round(10.0 * g.instances() / sessions) / 10.0);
        }
    }

    /** Heartbeats every tab now and counts those the server still knows. */
    private static int aliveTabs(List<VaadinBrowser> sessions) throws Exception {
        List<Future<Boolean>> answers = new ArrayList<>();
        Semaphore slots = new Semaphore(32);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (VaadinBrowser b : sessions) {
                for (VaadinTab t : b.tabs()) {
                    slots.acquire();
                    answers.add(pool.submit(() -> {
                        try {
                            return t.heartbeat();
                        } finally {
                            slots.release();
                        }
                    }));
                }
            }
            int alive = 0;
            for (Future<Boolean> f : answers) {
                alive += f.get() ? 1 : 0;
            }
            return alive;
        }
    }
}
