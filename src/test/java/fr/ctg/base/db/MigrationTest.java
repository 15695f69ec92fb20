package fr.ctg.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Every migration runs from an empty schema, on the same MariaDB server as the application (embedded
 * or CTG_DB_URL), in a database created for the test and dropped after it.
 */
@CtgSpringTest
class MigrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void allMigrationsApplyToAnEmptySchema() throws Exception {
        String schema = "ctg_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            try {
                String url = c.getMetaData().getURL().replaceFirst("/[^/?]*(\\?|$)", "/" + schema + "$1");
                SingleConnectionDataSource fresh = new SingleConnectionDataSource(url, c.getMetaData().getUserName(),
                        System.getenv().getOrDefault("CTG_DB_PASSWORD", ""), true);
                Flyway flyway = Flyway.configure().dataSource(fresh).locations("classpath:db/migration").load();
                MigrateResult result = flyway.migrate();
                assertThat(result.success).isTrue();
                MigrationInfo[] applied = flyway.info().applied();
                assertThat(applied).isNotEmpty().allMatch(m -> m.getState() == MigrationState.SUCCESS);
                assertThat(flyway.info().pending()).isEmpty();
                assertThat(tables(s, schema)).contains("account", "membership", "login_throttle", "convention", "party",
                        "signatory", "legal_basis", "article", "annex", "field_of_intervention", "thematic_group",
                        "territory_figure", "objective", "objective_thematic_group", "caf", "caf_administrator",
                        "membership_role", "committee_seat", "membership_group", "partner_invitation", "journal_entry",
                        "password_reset", "setup_token", "logo", "submission_file");
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + schema + ".caf")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("an empty database gets no Caf").isZero();
                }
                fresh.destroy();
            } finally {
                s.execute("DROP DATABASE " + schema);
            }
        }
    }

    /**
     * A database as V13 left it (the demo's data: one convention, a person with three role rows, a partner
     * invitation) migrates into the Caf du Gers, with one membership per person and convention and the invitation
     * under the one invitation mechanism; an empty database gets no Caf.
     */
    @Test
    void existingDataMovesIntoTheCafDuGersWithMergedMembershipsAndInvitations() throws Exception {
        String schema = "ctg_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            try {
                String url = c.getMetaData().getURL().replaceFirst("/[^/?]*(\\?|$)", "/" + schema + "$1");
                SingleConnectionDataSource fresh = new SingleConnectionDataSource(url, c.getMetaData().getUserName(),
                        System.getenv().getOrDefault("CTG_DB_PASSWORD", ""), true);
                Flyway.configure().dataSource(fresh).locations("classpath:db/migration").target("13").load().migrate();
                JdbcTemplate jdbc = new JdbcTemplate(fresh);
                String audit = "0, NOW(6), 'test', NOW(6), 'test'";
                jdbc.update("INSERT INTO account (id, version, created_at, created_by, updated_at, updated_by, username, "
                        + "display_name, email, password_hash, platform_admin, enabled) VALUES (1, " + audit + ", 'sophie', "
                        + "'Sophie', 'sophie@demo.ctg.invalid', 'x', FALSE, TRUE), (2, " + audit + ", 'fatima', 'Fatima', "
                        + "'fatima@x.fr', 'x', FALSE, TRUE)");
                jdbc.update("INSERT INTO convention (id, version, created_at, created_by, updated_at, updated_by, code, title, "
                        + "territory, start_date, end_date, renewal, notice_months, status, demo) VALUES (1, " + audit
                        + ", 'saves', 'CTG Savès', 'Savès', '2015-03-16', '2018-12-31', 'EXPRESS', 3, 'ENDED', TRUE)");
                jdbc.update("INSERT INTO membership (version, created_at, created_by, updated_at, updated_by, account_id, "
                        + "convention_id, role, committee, seat) VALUES (" + audit + ", 1, 1, 'SECRETARIAT', 'COMITE_PILOTAGE', "
                        + "'PERMANENT'), (" + audit + ", 1, 1, 'COPIL_MEMBER', 'COMITE_PILOTAGE', 'PERMANENT'), (" + audit
                        + ", 1, 1, 'READER', NULL, NULL), (" + audit + ", 2, 1, 'FOLLOW_UP_MEMBER', 'COMITE_SUIVI', 'CONSULTATIVE')");
                jdbc.update("INSERT INTO organisation (id, version, created_at, created_by, updated_at, updated_by, "
                        + "convention_id, name) VALUES (7, " + audit + ", 1, 'Familles rurales')");
                jdbc.update("INSERT INTO invitation (id, version, created_at, created_by, updated_at, updated_by, "
                        + "convention_id, organisation_id, email, token_sha256, expires_at) VALUES (9, " + audit
                        + ", 1, 7, 'marie@asso.fr', REPEAT('a', 64), '2030-01-01')");
                // a call with a text and a file question; a file answer as the portal wrote it, a text that mimics one
                jdbc.update("INSERT INTO contribution_call (id, version, created_at, created_by, updated_at, updated_by, "
                        + "convention_id, title, opens_on, closes_on) VALUES (3, " + audit + ", 1, 'Bilan', '2026-01-01', "
                        + "'2026-02-01')");
                jdbc.update("INSERT INTO call_question (call_id, position, label, kind, required) VALUES "
                        + "(3, 0, 'Besoins', 'LONG_TEXT', TRUE), (3, 1, 'Bilan', 'FILE', FALSE)");
                jdbc.update("INSERT INTO submission (id, version, created_at, created_by, updated_at, updated_by, call_id, "
                        + "organisation_id, status) VALUES (4, " + audit + ", 3, 7, 'DRAFT')");
                jdbc.update("INSERT INTO submission_answer (submission_id, position, answer) VALUES "
                        + "(4, 0, '#document:5 faux.pdf'), (4, 1, '#document:42 Bilan 2025.pdf')");

                Flyway.configure().dataSource(fresh).locations("classpath:db/migration").load().migrate();
                assertThat(jdbc.queryForList("SELECT CONCAT(position, ' ', document_id) FROM submission_file",
                        String.class)).as("only the FILE question's answer is a file").containsExactly("1 42");
                assertThat(jdbc.queryForList("SELECT answer FROM submission_answer WHERE submission_id = 4 ORDER BY "
                        + "position", String.class)).containsExactly("#document:5 faux.pdf", "Bilan 2025.pdf");
                Long gers = jdbc.queryForObject("SELECT id FROM caf WHERE code = 'gers' AND name = 'Caf du Gers'", Long.class);
                assertThat(jdbc.queryForObject("SELECT caf_id FROM convention WHERE id = 1", Long.class)).isEqualTo(gers);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM membership", Long.class)).isEqualTo(2);
                assertThat(jdbc.queryForList("SELECT r.role FROM membership_role r JOIN membership m ON m.id = r.membership_id "
                        + "WHERE m.account_id = 1", String.class)).containsExactlyInAnyOrder("SECRETARIAT", "COPIL_MEMBER", "READER");
                assertThat(jdbc.queryForList("SELECT CONCAT(s.committee, ' ', s.seat) FROM committee_seat s JOIN membership m "
                        + "ON m.id = s.membership_id ORDER BY m.account_id", String.class))
                        .containsExactly("COMITE_PILOTAGE PERMANENT", "COMITE_SUIVI CONSULTATIVE");
                assertThat(jdbc.queryForObject("SELECT organisation_id FROM partner_invitation WHERE invitation_id = 9",
                        Long.class)).isEqualTo(7);
                assertThat(jdbc.queryForObject("SELECT CONCAT(kind, ' ', context_label) FROM invitation WHERE id = 9",
                        String.class)).isEqualTo("PARTNER Familles rurales");
                assertThat(jdbc.queryForObject("SELECT role FROM invitation_role WHERE invitation_id = 9", String.class))
                        .isEqualTo("ASSOCIATION");
                assertThat(jdbc.queryForObject("SELECT demo FROM account WHERE id = 1", Boolean.class)).isTrue();
                fresh.destroy();
            } finally {
                s.execute("DROP DATABASE " + schema);
            }
        }
    }

    private static List<String> tables(Statement s, String schema) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
