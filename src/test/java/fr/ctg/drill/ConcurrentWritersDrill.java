package fr.ctg.drill;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.objective.EditingFixture;
import fr.ctg.objective.ObjectiveDetails;
import fr.ctg.objective.ObjectiveDraft;
import fr.ctg.objective.ObjectiveEditingService;
import fr.ctg.objective.ObjectiveField;
import fr.ctg.objective.ObjectiveHistoryService;
import fr.ctg.objective.ObjectiveRevision;
import fr.ctg.objective.SaveOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fault drill ({@code ./mvnw -Pdrills verify}): 50 members save the same objective at once, each from the version
 * they last read, with random changes to random fields, for {@code ctg.drill.seconds} (default 60). Every save
 * either lands (possibly merged) or reports a conflict; the history then holds exactly one version per landed save,
 * each with the value its writer wrote, and the objective ends with the last landed save's values: no lost update.
 */
@Tag("drill")
@CtgSpringTest
class ConcurrentWritersDrill {

    static final int WRITERS = 50;

    @Autowired
    EditingFixture fixture;
    @Autowired
    TestLogin login;
    @Autowired
    ObjectiveEditingService editing;
    @Autowired
    ObjectiveHistoryService history;

    /** What one landed save wrote, keyed by the version it produced. */
    record Landed(String writer, ObjectiveField field, Object value) {
    }

    @Test
    void fiftyWritersOnOneObjectiveLoseNothing() throws Exception {
        EditingFixture.World w = fixture.create();
        long seconds = Long.getLong("ctg.drill.seconds", 60);
        List<String> writers = fixture.copilMembers(w, "writer", "Rédacteur", WRITERS);
        login.as(writers.getFirst());
        int versionsBefore = history.history(w.objectiveId()).size();
        login.logout();

        Map<Long, Landed> landed = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger alreadyThere = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (String writer : writers) {
            done.add(pool.submit(() -> {
                login.as(writer);
                String myName = "Rédacteur " + writers.indexOf(writer);
                try {
                    ObjectiveDetails seen = editing.get(w.objectiveId());
                    while (System.nanoTime() < end && !stop.get()) {
                        ThreadLocalRandom r = ThreadLocalRandom.current();
                        ObjectiveField field = r.nextBoolean() ? ObjectiveField.PROGRESS : ObjectiveField.EXPECTED_RESULTS;
                        Object value = field == ObjectiveField.PROGRESS ? r.nextInt(0, 101)
                                : writer + " " + r.nextInt(1_000_000);
                        ObjectiveDraft draft = seen.draft().with(field, value);
                        try {
                            switch (editing.save(seen.id(), seen.version(), draft)) {
                                case SaveOutcome.Saved saved -> {
                                    // a save that only confirmed what others had saved meanwhile writes no version
                                    boolean wroteVersion = saved.details().version() != seen.version()
                                            && myName.equals(saved.details().updatedBy());
                                    if (!wroteVersion) {
                                        alreadyThere.incrementAndGet();
                                    }
                                    if (wroteVersion) {
                                        Landed previous = landed.put(saved.details().version(), new Landed(writer, field, value));
                                        assertThat(previous).as("two saves produced one version").isNull();
                                    }
                                    seen = saved.details();
                                }
                                case SaveOutcome.Conflict conflict -> {
                                    conflicts.incrementAndGet();
                                    seen = editing.get(w.objectiveId()); // the person reads again and retries later
                                }
                            }
                        } catch (RuntimeException | AssertionError e) {
                            failures.incrementAndGet();
                            stop.set(true);
                            throw e;
                        }
                    }
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            stop.set(true);
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.MINUTES);
        }

        login.as(writers.getFirst());
        List<ObjectiveRevision> revisions = history.history(w.objectiveId());
        ObjectiveDetails last = editing.get(w.objectiveId());
        int landedSaves = landed.size();
        System.out.printf("%nConcurrent writers: %d writers × %d s: %d saves landed, %d conflicts reported, %d saves "
                + "found their value already saved, %d failures; history %d → %d versions%n", WRITERS, seconds, landedSaves,
                conflicts.get(), alreadyThere.get(), failures.get(),
                versionsBefore, revisions.size());
        DrillReport.write("concurrent-writers", Map.of("writers", WRITERS, "seconds", seconds,
                "landed", landedSaves, "conflicts", conflicts.get(), "saved_nothing_new", alreadyThere.get(),
                "failures", failures.get(), "versions_before", versionsBefore, "versions_after", revisions.size()));

        assertThat(failures).hasValue(0);
        assertThat(landedSaves).isPositive();
        assertThat(conflicts.get()).as("same-field saves from stale versions must conflict").isPositive();
        // one history entry per landed save, no more, no less
        assertThat(revisions.size() - versionsBefore).isEqualTo(landedSaves);
        // each landed save is in the history under its version, written by its writer, with its value
        for (ObjectiveRevision rev : revisions.subList(0, revisions.size() - versionsBefore)) {
            Landed l = landed.get(rev.version());
            assertThat(l).as("version " + rev.version() + " in the history was not reported as landed").isNotNull();
            assertThat(rev.username()).isEqualTo(l.writer());
            assertThat(rev.changedFields()).contains(l.field());
        }
        long lastVersion = landed.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(last.version()).isEqualTo(lastVersion);
        Landed lastSave = landed.get(lastVersion);
        assertThat(lastSave.field().valueIn(last.draft())).isEqualTo(lastSave.value());
    }
}
