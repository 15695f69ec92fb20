package fr.ctg.drill;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import fr.ctg.KaribuTest;
import fr.ctg.base.db.DatabaseOutage;
import fr.ctg.objective.EditingFixture;
import fr.ctg.objective.ObjectiveEditingService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault drill: the database stops while a member is editing an objective and starts again; the application is not
 * restarted. The save tried during the outage fails with a clear, translated message and the typed text stays in
 * the field; every table's row count and checksum are the same after the restart as before; the same save then
 * lands.
 */
@Tag("drill")
class DatabaseRestartDrill extends KaribuTest {

    @Autowired
    EditingFixture fixture;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectiveEditingService editing;

    private Map<String, String> snapshot() {
        return TableSnapshot.of(jdbc);
    }

    @Test
    void theApplicationOutlivesADatabaseRestart() throws Exception {
        EditingFixture.World w = fixture.create();
        loginAndOpen(w.user("copil"), "objectifs/" + w.objectiveId());
        long versionBefore = editing.get(w.objectiveId()).version();
        Map<String, String> before = snapshot();

        TextField title = _get(TextField.class, spec -> spec.withId("objective-title"));
        String typed = "Titre saisi pendant la coupure de la base";
        _setValue(title, typed);
        Button save = _get(Button.class, spec -> spec.withId("objective-save"));

        long outageStart = System.nanoTime();
        DatabaseOutage.stop();
        Throwable failure;
        long failedAfterMs;
        try {
            long t0 = System.nanoTime();
            failure = catchThrowable(() -> _click(save));
            failedAfterMs = (System.nanoTime() - t0) / 1_000_000;
            // what Vaadin does with an exception from a listener: hand it to the session's error handler
            assertThat(failure).as("a save without a database must fail").isNotNull();
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        } finally {
            DatabaseOutage.start();
        }
        long outageMs = (System.nanoTime() - outageStart) / 1_000_000;

        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).extracting(n -> n.getId().orElse("")).contains("error-database");
        String message = shown.stream().filter(n -> n.getId().orElse("").equals("error-database")).findFirst()
                .orElseThrow().getElement().getProperty("text");
        assertThat(message).startsWith("La base de données ne répond pas").contains("votre saisie est toujours à l’écran");
        assertThat(title.getValue()).as("the typed text is kept").isEqualTo(typed);

        Map<String, String> after = snapshot();
        assertThat(after).as("every committed row is still there, unchanged").isEqualTo(before);

        NotificationsKt.clearNotifications();
        _click(save);
        assertThat(editing.get(w.objectiveId()).version()).isEqualTo(versionBefore + 1);
        assertThat(editing.get(w.objectiveId()).draft().title()).isEqualTo(typed);

        DrillReport.write("database-restart", Map.of("database", DatabaseOutage.target(), "tables_compared", before.size(),
                "tables_identical_after_restart", after.equals(before) ? "yes" : "no",
                "save_during_outage_failed_after_ms", failedAfterMs, "outage_ms", outageMs,
                "message_shown", message, "typed_text_kept", "yes", "save_after_restart", "landed (version "
                        + (versionBefore + 2) + ")", "application_restarted", "no"));
    }
}
