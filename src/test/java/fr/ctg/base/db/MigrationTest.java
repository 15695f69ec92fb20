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
                assertThat(tables(s, schema)).contains("account", "membership", "login_failure", "convention", "party",
                        "signatory", "legal_basis", "article", "annex", "field_of_intervention", "thematic_group",
                        "territory_figure", "objective", "objective_thematic_group");
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
