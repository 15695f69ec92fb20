package fr.ctg.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.ctg.CtgSpringTest;
import fr.ctg.SimulatedUser;
import fr.ctg.TestLogin;
import fr.ctg.objective.EditingFixture;
import fr.ctg.objective.ObjectiveDetails;
import fr.ctg.objective.ObjectiveEditingService;
import fr.ctg.objective.ObjectiveField;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark (not a test: {@code ./mvnw -Pbench verify}): 50 editor UIs on one objective, one save,
 * time until each of the 49 others shows the new value; retained heap per open editor UI. UIs are
 * Karibu UIs in one JVM (server side only: no browser, no network), each applying pending pushes every millisecond
 * like a push-connected browser would receive them; load generator and server share the 2 cores.
 */
@Tag("bench")
@CtgSpringTest
class ObjectiveFanOutBenchmark {

    static final int UIS = 50;
    static final int ROUNDS = 5;

    @Autowired
    ApplicationContext context;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;
    @Autowired
    ObjectiveEditingService editing;

    @Test
    void fanOutToFiftyEditors() throws Exception {
        EditingFixture.World w = fixture.create();
        List<String> users = fixture.copilMembers(w, "bench", "Membre", UIS);
        long heapBefore = usedHeapAfterGc();
        List<SimulatedUser> tabs = new ArrayList<>();
        for (String u : users) {
            SimulatedUser tab = new SimulatedUser(context, login, u);
            tab.run(() -> UI.getCurrent().navigate("objectifs/" + w.objectiveId()));
            tabs.add(tab);
        }
        long heapAfter = usedHeapAfterGc();
        double kbPerUi = (heapAfter - heapBefore) / 1024.0 / UIS;

        List<Double> latenciesMs = new ArrayList<>();
        ExecutorService pollers = Executors.newFixedThreadPool(UIS - 1);
        for (int round = 1; round <= ROUNDS; round++) {
            int value = 10 + round;
            List<Future<Long>> seen = new ArrayList<>();
            for (SimulatedUser tab : tabs.subList(1, UIS)) {
                seen.add(pollers.submit(() -> waitFor(tab, value)));
            }
            Thread.sleep(50);
            long t0 = System.nanoTime();
            tabs.getFirst().run(() -> {
                ObjectiveDetails d = editing.get(w.objectiveId());
                editing.save(d.id(), d.version(), d.draft().with(ObjectiveField.PROGRESS, value));
            });
            for (Future<Long> f : seen) {
                latenciesMs.add((f.get() - t0) / 1e6);
            }
        }
        pollers.shutdown();
        tabs.forEach(SimulatedUser::close);
        report(latenciesMs, kbPerUi);
    }

    /** In the tab's own thread: apply pending pushes every millisecond until the value shows. */
    private static long waitFor(SimulatedUser tab, int value) {
        return tab.call(() -> {
            IntegerField progress = _get(IntegerField.class, spec -> spec.withId("objective-progress"));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline) {
                MockVaadin.runUIQueue();
                Integer shown = progress.getValue();
                if (shown != null && shown == value) {
                    return System.nanoTime();
                }
                LockSupport.parkNanos(1_000_000);
            }
            throw new AssertionError("value never shown");
        });
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void report(List<Double> ms, double kbPerUi) throws IOException {
        Collections.sort(ms);
        double p50 = ms.get((int) Math.floor(0.50 * (ms.size() - 1)));
        double p95 = ms.get((int) Math.floor(0.95 * (ms.size() - 1)));
        double max = ms.getLast();
        String machine = Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version();
        String json = String.format(Locale.ROOT, "{\"benchmark\":\"objective-fanout\",\"uis\":%d,\"rounds\":%d,"
                        + "\"samples\":%d,\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"max_ms\":%.1f,\"heap_kb_per_editor_ui\":%.0f,"
                        + "\"machine\":\"%s\",\"note\":\"Karibu UIs in one JVM applying pushes every 1 ms; load generator on the same machine\"}%n",
                UIS, ROUNDS, ms.size(), p50, p95, max, kbPerUi, machine);
        String md = String.format(Locale.ROOT, "# Objective fan-out%n%n%d editor UIs on one objective, %d saves from "
                        + "one of them: time until each other UI shows the saved value (%d samples).%n%n"
                        + "| p50 | p95 | max | retained heap per editor UI |%n|---|---|---|---|%n"
                        + "| %.1f ms | %.1f ms | %.1f ms | %.0f KB |%n%nMachine: %s; Karibu UIs (server side, no network),"
                        + " load generator on the same machine.%n", UIS, ROUNDS, ms.size(), p50, p95, max, kbPerUi, machine);
        Path dir = Path.of("target/bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("objective-fanout.json"), json);
        Files.writeString(dir.resolve("objective-fanout.md"), md);
        System.out.println(md);
    }
}
