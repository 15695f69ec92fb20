package fr.ctg.indicator;

import fr.ctg.base.privacy.PersonalDataFile;
import fr.ctg.base.privacy.PersonalDataSource;
import fr.ctg.base.privacy.SqlExport;
import fr.ctg.security.PersonErased;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The history of values and validations names who acted: an erased person's name becomes the pseudonym. */
@Component
class IndicatorPrivacy implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    IndicatorPrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased e) {
        String in = e.conventionIdList(); // numbers only: safe to inline
        for (String former : new String[] {e.formerDisplayName(), e.formerUsername()}) {
            jdbc.update("UPDATE indicator_value_change SET changed_by = ? WHERE changed_by = ? AND indicator_id IN "
                    + "(SELECT id FROM indicator WHERE convention_id IN (" + in + "))", e.pseudonym(), former);
            jdbc.update("UPDATE indicator_validation_log SET actor = ? WHERE actor = ? AND thematic_group_id IN "
                    + "(SELECT id FROM thematic_group WHERE convention_id IN (" + in + "))", e.pseudonym(), former);
        }
    }

    @Override
    public List<PersonalDataFile> collect(long accountId, String username) {
        String name = jdbc.queryForObject("SELECT display_name FROM account WHERE id = ?", String.class, accountId);
        return List.of(SqlExport.csv(jdbc, "indicateurs-saisies.csv", "SELECT c.changed_at AS date, i.code AS indicateur, "
                + "c.period AS periode, c.new_value AS valeur, c.comment AS commentaire FROM indicator_value_change c "
                + "JOIN indicator i ON i.id = c.indicator_id WHERE c.changed_by IN (?, ?) AND (i.convention_id IN "
                + "(SELECT convention_id FROM membership WHERE account_id = ?) OR i.convention_id IN (SELECT v.id FROM "
                + "convention v JOIN caf_administrator a ON a.caf_id = v.caf_id WHERE a.account_id = ?)) ORDER BY c.id",
                name, username, accountId, accountId));
    }
}
