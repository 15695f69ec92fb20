package fr.ctg.security.internal;

import fr.ctg.security.PersonErased;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On erasure, the identifier every table keeps of who created and last changed a row ({@code created_by},
 * {@code updated_by}, in every table that has them, history tables included) and the Envers revisions' names become
 * the pseudonym.
 */
@Component
class AuditColumnsEraser {

    private final JdbcTemplate jdbc;

    AuditColumnsEraser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased e) {
        List<String[]> columns = jdbc.query("SELECT table_name, column_name FROM information_schema.columns "
                        + "WHERE table_schema = DATABASE() AND column_name IN ('created_by', 'updated_by')",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)});
        for (String[] c : columns) {
            if (!c[0].matches("[A-Za-z0-9_]+")) {
                continue;
            }
            jdbc.update("UPDATE `" + c[0] + "` SET `" + c[1] + "` = ? WHERE `" + c[1] + "` = ?",
                    e.pseudonym(), e.formerUsername());
        }
        jdbc.update("UPDATE audit_revision SET username = ?, display_name = ? WHERE username = ?",
                "supprime-" + e.accountId(), e.pseudonym(), e.formerUsername());
    }
}
