package fr.ctg.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.diff.WordDiff;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionService;
import fr.ctg.security.AccountService;
import fr.ctg.security.CtgUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Saving objectives: versions, merges, conflicts, concurrency, history, permissions and bad input. */
@CtgSpringTest
class ObjectiveEditingTest {

    @Autowired
    ObjectiveEditingService editing;
    @Autowired
    ObjectiveService objectives;
    @Autowired
    ObjectiveHistoryService history;
    @Autowired
    ConventionService conventions;
    @Autowired
    AccountService accounts;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    @AfterEach
    void logout() {
        login.logout();
    }

    private ObjectiveDetails as(String role) {
        login.as(w.user(role));
        return editing.get(w.objectiveId());
    }

    @Test
    void aSaveFromTheCurrentVersionMakesANewVersionWithItsAuthorInTheHistory() {
        ObjectiveDetails d = as("copil");
        SaveOutcome out = editing.save(d.id(), d.version(), d.draft().with(ObjectiveField.PROGRESS, 30)
                .with(ObjectiveField.START_DATE, LocalDate.of(2025, 1, 6)));
        ObjectiveDetails saved = ((SaveOutcome.Saved) out).details();
        assertThat(saved.version()).isEqualTo(d.version() + 1);
        assertThat(saved.draft().progress()).isEqualTo(30);
        List<ObjectiveRevision> revisions = history.history(d.id());
        assertThat(revisions).hasSize(2);
        assertThat(revisions.getFirst().displayName()).startsWith("Camille Copil");
        assertThat(revisions.getFirst().changedFields()).containsExactlyInAnyOrder(ObjectiveField.PROGRESS,
                ObjectiveField.START_DATE);
        assertThat(saved.updatedBy()).startsWith("Camille Copil");
    }

    @Test
    void twoPeopleSavingDifferentFieldsFromTheSameVersionBothKeepTheirChanges() {
        ObjectiveDetails first = as("copil");
        ObjectiveDetails second = as("secretariat");
        login.as(w.user("copil"));
        editing.save(first.id(), first.version(), first.draft().with(ObjectiveField.PROGRESS, 45));
        login.as(w.user("secretariat"));
        SaveOutcome out = editing.save(second.id(), second.version(),
                second.draft().with(ObjectiveField.STATUS, ObjectiveStatus.IN_PROGRESS));
        SaveOutcome.Saved saved = (SaveOutcome.Saved) out;
        assertThat(saved.mergedFromOthers()).containsExactly(ObjectiveField.PROGRESS);
        assertThat(saved.details().draft().progress()).isEqualTo(45);
        assertThat(saved.details().draft().status()).isEqualTo(ObjectiveStatus.IN_PROGRESS);
        assertThat(saved.details().version()).isEqualTo(first.version() + 2);
    }

    @Test
    void aRealConflictSavesNothingShowsBothValuesAndTheChoiceIsThenSaved() {
        ObjectiveDetails first = as("copil");
        ObjectiveDetails second = as("copil2");
        login.as(w.user("copil"));
        editing.save(first.id(), first.version(), first.draft().with(ObjectiveField.TITLE, "Titre de Camille"));
        login.as(w.user("copil2"));
        SaveOutcome out = editing.save(second.id(), second.version(), second.draft()
                .with(ObjectiveField.TITLE, "Titre de Dominique").with(ObjectiveField.PROGRESS, 15));
        SaveOutcome.Conflict conflict = (SaveOutcome.Conflict) out;
        assertThat(conflict.conflicts()).containsExactly(
                new FieldConflict(ObjectiveField.TITLE, "Titre de Dominique", "Titre de Camille"));
        assertThat(conflict.lastEditor()).startsWith("Camille Copil");
        ObjectiveDetails now = editing.get(w.objectiveId());
        assertThat(now.version()).as("nothing written").isEqualTo(first.version() + 1);
        assertThat(now.draft().title()).isEqualTo("Titre de Camille");

        SaveOutcome resolved = editing.save(w.objectiveId(), conflict.current().version(),
                conflict.merged().with(ObjectiveField.TITLE, "Titre de Dominique"));
        ObjectiveDetails after = ((SaveOutcome.Saved) resolved).details();
        assertThat(after.draft().title()).isEqualTo("Titre de Dominique");
        assertThat(after.draft().progress()).as("the non-conflicting change was kept").isEqualTo(15);
    }

    @Test
    void concurrentSavesOfDifferentFieldsAllLandAndOfOneFieldExactlyOneWins() throws Exception {
        ObjectiveDetails start = as("copil");
        List<Callable<SaveOutcome>> calls = new ArrayList<>();
        ObjectiveField[] fields = {ObjectiveField.PROGRESS, ObjectiveField.STATUS, ObjectiveField.WEIGHT,
                ObjectiveField.PLANNED_END_DATE, ObjectiveField.EXPECTED_RESULTS, ObjectiveField.FIELD};
        Object[] values = {55, ObjectiveStatus.BLOCKED, 7, LocalDate.of(2027, 12, 31), "Un LAEP ouvert", w.fieldB()};
        for (int i = 0; i < fields.length; i++) {
            ObjectiveDraft draft = start.draft().with(fields[i], values[i]);
            calls.add(() -> editing.save(start.id(), start.version(), draft));
        }
        List<SaveOutcome> outcomes = runTogether(calls, i -> i % 2 == 0 ? "copil" : "copil2");
        assertThat(outcomes).allMatch(o -> o instanceof SaveOutcome.Saved);
        ObjectiveDetails end = editing.get(start.id());
        for (int i = 0; i < fields.length; i++) {
            assertThat(fields[i].valueIn(end.draft())).as(fields[i].name()).isEqualTo(values[i]);
        }
        assertThat(end.version()).isEqualTo(start.version() + fields.length);
        assertThat(history.history(start.id())).hasSize(1 + fields.length);

        List<Callable<SaveOutcome>> sameField = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ObjectiveDraft draft = end.draft().with(ObjectiveField.TITLE, "Titre n° " + i);
            sameField.add(() -> editing.save(end.id(), end.version(), draft));
        }
        List<SaveOutcome> results = runTogether(sameField, i -> i % 2 == 0 ? "copil" : "secretariat");
        assertThat(results.stream().filter(o -> o instanceof SaveOutcome.Saved)).hasSize(1);
        assertThat(results.stream().filter(o -> o instanceof SaveOutcome.Conflict)).hasSize(5);
        String winner = results.stream().filter(o -> o instanceof SaveOutcome.Saved).map(o -> ((SaveOutcome.Saved) o)
                .details().draft().title()).findFirst().orElseThrow();
        login.as(w.user("copil"));
        assertThat(editing.get(end.id()).draft().title()).isEqualTo(winner);
    }

    private List<SaveOutcome> runTogether(List<Callable<SaveOutcome>> calls,
                                          IntFunction<String> who) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SaveOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                login.as(w.user(who.apply(n)));
                go.await();
                try {
                    return calls.get(n).call();
                } finally {
                    login.logout();
                }
            }));
        }
        go.countDown();
        List<SaveOutcome> out = new ArrayList<>();
        for (Future<SaveOutcome> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        ObjectiveDetails d = as("copil");
        long adminId = adminAccountId();
        long foreignObjective = foreignObjectiveId();
        login.as(w.user("copil"));
        refused(d, d.draft().with(ObjectiveField.TITLE, "   "), ObjectiveField.TITLE, "objective.error.titleRequired");
        refused(d, d.draft().with(ObjectiveField.TITLE, "é".repeat(301)), ObjectiveField.TITLE,
                "objective.error.titleTooLong");
        refused(d, d.draft().with(ObjectiveField.PROGRESS, 101), ObjectiveField.PROGRESS, "objective.error.progress");
        refused(d, d.draft().with(ObjectiveField.PROGRESS, -5), ObjectiveField.PROGRESS, "objective.error.progress");
        refused(d, d.draft().with(ObjectiveField.START_DATE, LocalDate.of(2026, 5, 1))
                        .with(ObjectiveField.PLANNED_END_DATE, LocalDate.of(2026, 4, 30)),
                ObjectiveField.PLANNED_END_DATE, "objective.error.endBeforeStart");
        refused(d, d.draft().with(ObjectiveField.PILOTS, List.of(Set.of(adminId), Set.of())), ObjectiveField.PILOTS,
                "objective.error.pilot");
        refused(d, d.draft().with(ObjectiveField.PARENT, foreignObjective), ObjectiveField.PARENT,
                "objective.error.parent");
        refused(d, d.draft().with(ObjectiveField.PARENT, d.id()), ObjectiveField.PARENT, "objective.error.parentSelf");
        ObjectiveDetails after = editing.get(d.id());
        assertThat(after.version()).isEqualTo(d.version());
        assertThat(after.draft()).isEqualTo(d.draft());
    }

    private void refused(ObjectiveDetails d, ObjectiveDraft bad, ObjectiveField field, String key) {
        assertThatThrownBy(() -> editing.save(d.id(), d.version(), bad))
                .isInstanceOfSatisfying(ObjectiveValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessageKey()).isEqualTo(key);
                });
    }

    /** The platform administrator: an account that is no member of the test convention. */
    private long adminAccountId() {
        login.as("admin");
        return ((CtgUser) SecurityContextHolder.getContext()
                .getAuthentication().getPrincipal()).accountId();
    }

    private long foreignObjectiveId() {
        login.as("admin");
        long saves = conventions.myConventions().stream().filter(c -> c.code().equals("saves"))
                .mapToLong(ConventionRef::id).findFirst().orElseThrow();
        return objectives.byField(saves).getFirst().objectives().getFirst().id();
    }

    @Test
    void subObjectivesRollTheirWeightedProgressUpToTheParentAndTheField() {
        login.as(w.user("copil"));
        long child1 = w.secondObjectiveId();
        long child2 = objectives.create(w.conventionId(), new NewObjective(w.fieldA(), "Former les assistantes maternelles",
                null, ObjectiveStatus.IN_PROGRESS, 80, Set.of()));
        ObjectiveDetails c1 = editing.get(child1);
        editing.save(child1, c1.version(), c1.draft().with(ObjectiveField.PARENT, w.objectiveId())
                .with(ObjectiveField.WEIGHT, 3).with(ObjectiveField.PROGRESS, 20));
        ObjectiveDetails c2 = editing.get(child2);
        editing.save(child2, c2.version(), c2.draft().with(ObjectiveField.PARENT, w.objectiveId())
                .with(ObjectiveField.WEIGHT, 1));
        ObjectiveDetails parent = editing.get(w.objectiveId());
        assertThat(parent.children()).hasSize(2);
        assertThat(parent.rolledUpProgress()).isEqualTo(35); // (20×3 + 80×1) / 4
        FieldObjectives field = objectives.byField(w.conventionId()).getFirst();
        assertThat(field.objectives()).extracting(ObjectiveSummary::id).containsExactly(w.objectiveId(), child1, child2);
        assertThat(field.rolledUpProgress()).isEqualTo(35);
        ObjectiveDetails p = editing.get(w.objectiveId());
        assertThatThrownBy(() -> editing.save(p.id(), p.version(), p.draft().with(ObjectiveField.PARENT, child2)))
                .isInstanceOf(ObjectiveValidationException.class);
    }

    @Test
    void anOldVersionCanBeRestoredAsANewVersionAndVersionsCompareWordByWord() {
        ObjectiveDetails v1 = as("copil");
        SaveOutcome.Saved v2 = (SaveOutcome.Saved) editing.save(v1.id(), v1.version(), v1.draft()
                .with(ObjectiveField.DESCRIPTION, "Un LAEP fixe sur deux communes."));
        List<ObjectiveRevision> revisions = history.history(v1.id());
        ObjectiveDiff diff = history.diff(v1.id(), revisions.get(1).revision(), revisions.get(0).revision());
        assertThat(diff.changes()).extracting(ObjectiveDiff.FieldChange::field).containsExactly(ObjectiveField.DESCRIPTION);
        assertThat(diff.changes().getFirst().words()).contains(
                new WordDiff.Segment(WordDiff.Kind.SAME, "Un LAEP "),
                new WordDiff.Segment(WordDiff.Kind.DELETED, "itinérant"),
                new WordDiff.Segment(WordDiff.Kind.INSERTED, "fixe"));

        SaveOutcome restored = editing.restore(v1.id(), revisions.get(1).revision(), v2.details().version());
        ObjectiveDetails v3 = ((SaveOutcome.Saved) restored).details();
        assertThat(v3.version()).isEqualTo(v2.details().version() + 1);
        assertThat(v3.draft().description()).isEqualTo("Un LAEP itinérant sur trois communes.");
        assertThat(history.history(v1.id())).hasSize(3);
    }

    @Test
    void onlyEditorsSaveReadersReadAndOutsidersSeeNothing() {
        ObjectiveDetails d = as("suivi");
        assertThat(d.canEdit()).isFalse();
        assertThat(d.canComment()).isTrue();
        assertThatThrownBy(() -> editing.save(d.id(), d.version(), d.draft().with(ObjectiveField.PROGRESS, 99)))
                .isInstanceOf(AccessRefusedException.class);
        ObjectiveDetails r = as("lecteur");
        assertThat(r.canEdit()).isFalse();
        assertThat(r.canComment()).isFalse();
        login.as(w.user("association"));
        assertThatThrownBy(() -> editing.get(w.objectiveId())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> history.history(w.objectiveId())).isInstanceOf(AccessRefusedException.class);
        login.as("lecteur"); // the demo reader is no member of this convention
        assertThatThrownBy(() -> editing.get(w.objectiveId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> editing.save(w.objectiveId(), d.version(), d.draft()))
                .isInstanceOf(NotFoundException.class);
    }
}
