package fr.ctg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.NotFoundException;
import fr.ctg.discussion.CommentRow;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionService;
import fr.ctg.notification.NotificationItem;
import fr.ctg.notification.NotificationService;
import fr.ctg.objective.EditingFixture;
import fr.ctg.objective.ObjectiveDetails;
import fr.ctg.objective.ObjectiveEditingService;
import fr.ctg.objective.ObjectiveField;
import fr.ctg.objective.ObjectiveHistoryService;
import fr.ctg.objective.ObjectiveRevision;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.AuthenticationException;

/**
 * A person downloads everything held about them (a ZIP of JSON and CSV); an administrator erases a person: the
 * account goes, their name in history, comments and notifications becomes "Personne supprimée n°N", their words stay.
 */
@CtgSpringTest
class ErasureAndPersonalDataTest {

    @Autowired EditingFixture fixture;
    @Autowired TestLogin login;
    @Autowired DiscussionService discussion;
    @Autowired ObjectiveEditingService editing;
    @Autowired ObjectiveHistoryService history;
    @Autowired NotificationService notifications;
    @Autowired PersonalDataService personalData;
    @Autowired AccountAdministrationService administration;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        login.logout();
    }

    @Test
    void aPersonDownloadsWhatIsHeldAboutThemAndAnErasedPersonBecomesAPseudonym() throws Exception {
        EditingFixture.World w = fixture.create();
        String copil = w.user("copil");
        login.as(copil);
        discussion.post(DiscussionKind.OBJECTIVE, w.objectiveId(),
                "Un LAEP itinérant sur trois communes @" + w.user("secretariat"));
        ObjectiveDetails d = editing.get(w.objectiveId());
        editing.save(d.id(), d.version(), d.draft().with(ObjectiveField.PROGRESS, 42));

        Map<String, String> zip = unzip(personalData.exportMine());
        assertThat(zip).containsKeys("compte.json", "adhesions.csv", "journal.csv", "commentaires.csv",
                "notifications.csv", "documents-deposes.csv");
        assertThat(zip.get("compte.json")).contains(copil + "@test.invalid", "Camille Copil " + w.prefix());
        assertThat(zip.get("adhesions.csv")).contains("Zz convention de test " + w.prefix(), "COPIL_MEMBER");
        assertThat(zip.get("commentaires.csv")).contains("Un LAEP itinérant");

        long id = SystemIdentity.call(() -> accounts.accountIdOf(copil).orElseThrow());
        // A namesake acts in a convention the erased person never reached: their typed name stays.
        EditingFixture.World elsewhere = fixture.create();
        long namesakeReader = SystemIdentity.call(() -> accounts.accountIdOf(elsewhere.user("lecteur")).orElseThrow());
        jdbc.update("INSERT INTO notification (version, created_at, created_by, updated_at, updated_by, account_id, "
                + "convention_id, kind, actor_name, subject, target_kind) VALUES (0, NOW(), 'test', NOW(), 'test', ?, ?, "
                + "'COMMENT', ?, 'Homonyme', 'CALENDAR')", namesakeReader, elsewhere.conventionId(),
                "Camille Copil " + w.prefix());
        login.as("admin");
        String pseudonym = administration.erase(id);
        assertThat(pseudonym).isEqualTo("Personne supprimée n°" + id);

        assertThatThrownBy(() -> login.as(copil)).isInstanceOf(AuthenticationException.class);
        login.as(w.user("secretariat"));
        assertThat(discussion.discussion(DiscussionKind.OBJECTIVE, w.objectiveId()).comments()).singleElement()
                .satisfies((CommentRow c) -> {
            assertThat(c.authorName()).isEqualTo(pseudonym);
            assertThat(c.body()).contains("Un LAEP itinérant");
        });
        assertThat(history.history(w.objectiveId())).extracting(ObjectiveRevision::displayName)
                .contains(pseudonym).noneMatch(n -> n.contains("Camille Copil"));
        assertThat(notifications.recent(20)).extracting(NotificationItem::actorName).contains(pseudonym)
                .noneMatch(n -> n.contains("Camille Copil"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = ? OR username = ? OR display_name LIKE ?",
                Long.class, copil + "@test.invalid", copil, "Camille Copil " + w.prefix())).as("no personal data left").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM objective WHERE updated_by = ? OR created_by = ?", Long.class,
                copil, copil)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM membership WHERE account_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT actor_name FROM notification WHERE convention_id = ? AND subject = "
                + "'Homonyme'", String.class, elsewhere.conventionId())).as("the namesake elsewhere")
                .isEqualTo("Camille Copil " + w.prefix());
        assertThatThrownBy(() -> administration.erase(id)).as("already erased").isInstanceOf(NotFoundException.class);
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
