package fr.ctg.objective;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one objective save costs the database, counted by the server itself (its {@code Questions} counter: every
 * statement a client sent, transaction control included). The budget is 8: locked read with the thematic
 * groups and pilots, access check, update, the children for the answer, the revision and its audit row, commit —
 * no reading of the convention's fields and groups when they do not change, no stored publication for the live
 * notice. The count is the smallest of a few saves, so that a background job's statement cannot fail it.
 */
@CtgSpringTest
class ObjectiveSaveStatementsTest {

    static final int BUDGET = 8;

    @Autowired
    ObjectiveEditingService editing;
    @Autowired
    ObjectiveService objectives;
    @Autowired
    EditingFixture fixture;
    @Autowired
    TestLogin login;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        login.logout();
    }

    @Test
    void aProgressUpdateStaysWithinTheStatementBudget() {
        EditingFixture.World w = fixture.create();
        login.as(w.user("copil"));
        ObjectiveDetails d = editing.get(w.objectiveId());
        d = save(d); // the first save of a context also warms caches (Caf of the convention)
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = questions();
            d = save(d);
            fewest = Math.min(fewest, questions() - before - ownCount());
        }
        assertThat(fewest).as("statements per save; they were:\n" + statementsOfOneSave(d)).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void aParentWithPilotsGroupsAndSubObjectivesIsReadWholeInTheSameBudget() {
        EditingFixture.World w = fixture.create();
        login.as(w.user("copil"));
        long second = w.secondObjectiveId();
        long third = objectives.create(w.conventionId(), new NewObjective(w.fieldA(), "Former les assistantes maternelles",
                null, ObjectiveStatus.IN_PROGRESS, 80, Set.of()));
        ObjectiveDetails c = editing.get(third);
        editing.save(third, c.version(), c.draft().with(ObjectiveField.PARENT, w.objectiveId()));
        c = editing.get(second);
        editing.save(second, c.version(), c.draft().with(ObjectiveField.PARENT, w.objectiveId())
                .with(ObjectiveField.PROGRESS, 20));
        Set<Long> pilots = Set.of(fixture.accountId(w, "copil"), fixture.accountId(w, "secretariat"));
        ObjectiveDetails d = editing.get(w.objectiveId());
        d = ((SaveOutcome.Saved) editing.save(d.id(), d.version(), d.draft()
                .with(ObjectiveField.PILOTS, List.of(pilots, Set.of("Mme Durand", "M. Petit")))
                .with(ObjectiveField.THEMATIC_GROUPS, Set.of(w.groupA())))).details();

        long before = questions();
        ObjectiveDetails saved = save(d);
        long used = questions() - before - ownCount();

        assertThat(saved.children()).extracting(ObjectiveDetails.ObjectiveRef::id).containsExactly(second, third); // by position
        assertThat(saved.rolledUpProgress()).isEqualTo(50); // (80 + 20) / 2
        assertThat(saved.draft().pilotAccountIds()).isEqualTo(pilots);
        assertThat(saved.draft().pilotNames()).containsExactlyInAnyOrder("Mme Durand", "M. Petit");
        assertThat(saved.draft().thematicGroupIds()).containsExactly(w.groupA());
        assertThat(editing.get(w.objectiveId()).draft()).isEqualTo(saved.draft());
        assertThat(used).as("statements of a parent's save").isLessThanOrEqualTo(BUDGET + 1); // + 1: no minimum here
    }

    private ObjectiveDetails save(ObjectiveDetails d) {
        int next = (d.draft().progress() + 1) % 101;
        SaveOutcome outcome = editing.save(d.id(), d.version(), d.draft().with(ObjectiveField.PROGRESS, next));
        ObjectiveDetails saved = ((SaveOutcome.Saved) outcome).details();
        assertThat(saved.draft().progress()).isEqualTo(next);
        return saved;
    }

    /** What the counting itself adds (the status query, its connection's checks), the least of a few tries. */
    private long ownCount() {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = questions();
            fewest = Math.min(fewest, questions() - before);
        }
        return fewest;
    }

    private long questions() {
        return Long.parseLong(String.valueOf(jdbc.queryForMap("SHOW GLOBAL STATUS LIKE 'Questions'").get("Value")));
    }

    /** The statements of one more save, from the server's general log (for the failure message only). */
    private String statementsOfOneSave(ObjectiveDetails d) {
        Map<String, Object> was = jdbc.queryForMap("SELECT @@GLOBAL.general_log AS on_, @@GLOBAL.log_output AS output");
        try {
            jdbc.execute("TRUNCATE TABLE mysql.general_log");
            jdbc.execute("SET GLOBAL log_output = 'TABLE'");
            jdbc.execute("SET GLOBAL general_log = 1");
            save(d);
            jdbc.execute("SET GLOBAL general_log = 0");
            List<String> lines = jdbc.queryForList("SELECT CONCAT(thread_id, ' ', command_type, ' ', "
                    + "CONVERT(argument USING utf8mb4)) FROM mysql.general_log ORDER BY event_time", String.class);
            return String.join("\n", lines);
        } catch (RuntimeException e) {
            return "(general log not readable: " + e.getMessage() + ")";
        } finally {
            jdbc.execute("SET GLOBAL general_log = " + was.get("on_"));
            jdbc.execute("SET GLOBAL log_output = '" + was.get("output") + "'");
        }
    }
}
