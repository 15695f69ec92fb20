package fr.ctg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.base.PageRef;
import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.discussion.CommentPosted;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.minutes.MinutesPublished;
import fr.ctg.security.AccountService;
import fr.ctg.security.CurrentUser;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The notification module alone (with the shared kernel): Spring Modulith starts only its beans, the other modules'
 * events are published as they would be and the module's listeners answer them after the commit, on a worker thread,
 * from the event publication registry.
 */
@ApplicationModuleTest(extraIncludes = "base")
@ActiveProfiles("test")
// Vaadin's security configuration installs a JVM-wide security context strategy: a second context must not replace
// the one the whole-application tests' filters hold
@TestPropertySource(properties = "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
        + "com.vaadin.flow.spring.SpringBootAutoConfiguration")
class NotificationModuleTest {

    @MockitoBean
    CurrentUser currentUser;
    @MockitoBean
    CollaborationHub hub;
    @MockitoBean
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    long caf;
    long convention;
    long secretariat;
    long reader;
    long elected;

    @BeforeEach
    void someoneToTell() {
        String code = UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO caf (version, created_at, created_by, updated_at, updated_by, code, name, departement) "
                + "VALUES (0, NOW(), 'test', NOW(), 'test', ?, ?, 'Gers')", "M" + code, "Caf du module " + code);
        caf = jdbc.queryForObject("SELECT id FROM caf WHERE code = ?", Long.class, "M" + code);
        jdbc.update("INSERT INTO convention (version, created_at, created_by, updated_at, updated_by, code, title, territory,"
                + " start_date, end_date, renewal, notice_months, status, demo, caf_id) VALUES (0, NOW(), 'test', NOW(),"
                + " 'test', ?, 'CTG du module', 'Savès', '2026-01-01', '2029-12-31', 'NONE', 6, 'ACTIVE', FALSE, ?)",
                "M" + code, caf);
        convention = jdbc.queryForObject("SELECT id FROM convention WHERE code = ?", Long.class, "M" + code);
        secretariat = account("sec-" + code);
        reader = account("reader-" + code);
        elected = account("elected-" + code);
    }

    @AfterEach
    void leaveNothing() {
        jdbc.update("DELETE FROM event_publication WHERE serialized_event LIKE ?", "%\"conventionId\":" + convention + ",%");
        jdbc.update("DELETE FROM convention WHERE id = ?", convention);
        jdbc.update("DELETE FROM account WHERE id IN (?, ?, ?)", secretariat, reader, elected);
        jdbc.update("DELETE FROM caf WHERE id = ?", caf);
    }

    private long account(String username) {
        jdbc.update("INSERT INTO account (version, created_at, created_by, updated_at, updated_by, username, display_name,"
                + " password_hash, platform_admin, enabled) VALUES (0, NOW(), 'test', NOW(), 'test', ?, ?, 'x', FALSE, TRUE)",
                username, username);
        return jdbc.queryForObject("SELECT id FROM account WHERE username = ?", Long.class, username);
    }

    @Test
    void publishedMinutesTellTheirAudienceAfterTheCommitButNeverWhoPublishedThem(Scenario scenario) {
        scenario.publish(new MinutesPublished(convention, 41L, "COPIL du 3 mars", List.of(secretariat, reader, elected),
                        secretariat, "La secrétaire"))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> kinds(elected).size() + kinds(reader).size(), n -> n == 2)
                .andVerify(n -> {
                    assertThat(kinds(reader)).containsExactly(NotificationService.KIND_MINUTES_PUBLISHED);
                    assertThat(kinds(elected)).containsExactly(NotificationService.KIND_MINUTES_PUBLISHED);
                    assertThat(kinds(secretariat)).as("who published them").isEmpty();
                    assertThat(jdbc.queryForObject("SELECT actor_name FROM notification WHERE account_id = ?",
                            String.class, reader)).isEqualTo("La secrétaire");
                });
    }

    @Test
    void aMentionIsToldOnceToEachPersonMentionedAndTheOpenViewsAreWoken(Scenario scenario) {
        scenario.publish(new CommentPosted(convention, DiscussionKind.OBJECTIVE, 7L, "Accueil du jeune enfant",
                        PageRef.objective(7L), 3L, reader, "Lecteur", Set.of(elected, reader), null))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForEventOfType(NotificationCreated.class)
                .matching(e -> e.accountId() == elected)
                .toArriveAndVerify(e -> {
                    assertThat(kinds(elected)).containsExactly(NotificationService.KIND_MENTION);
                    assertThat(kinds(reader)).as("the author mentioning themself").isEmpty();
                });
    }

    @Test
    void aNotificationThatCannotBeStoredStaysInTheRegistryMarkedFailedToBeHandedAgain(Scenario scenario) {
        long nobody = elected + 1_000_000;
        scenario.publish(new MinutesPublished(convention, 42L, "COPIL du 4 mars", List.of(nobody), secretariat, "S"))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE"
                        + " event_type = ? AND completion_date IS NULL AND serialized_event LIKE ? AND status = 'FAILED'",
                        Long.class, MinutesPublished.class.getName(), "%COPIL du 4 mars%"), n -> n == 1)
                .andVerify(n -> assertThat(kinds(nobody)).isEmpty());
    }

    private List<String> kinds(long accountId) {
        return jdbc.queryForList("SELECT kind FROM notification WHERE account_id = ? ORDER BY id", String.class, accountId);
    }
}
