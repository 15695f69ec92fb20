package fr.ctg.objective;

import fr.ctg.base.privacy.PersonalDataFile;
import fr.ctg.base.privacy.PersonalDataSource;
import fr.ctg.base.privacy.SqlExport;
import fr.ctg.security.PersonErased;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An erased person's comments keep their text; their name becomes the pseudonym. Their comments and the objectives
 * they pilot are part of their personal-data export.
 */
@Component
class ObjectivePrivacy implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    ObjectivePrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased e) {
        jdbc.update("UPDATE objective_comment SET author_name = ? WHERE author_account_id = ?", e.pseudonym(),
                e.accountId());
    }

    @Override
    public List<PersonalDataFile> collect(long accountId, String username) {
        return List.of(SqlExport.csv(jdbc, "objectifs-commentaires.csv", "SELECT c.created_at AS date, o.title AS objectif, "
                + "c.body AS commentaire FROM objective_comment c JOIN objective o ON o.id = c.objective_id "
                + "WHERE c.author_account_id = ? ORDER BY c.id", accountId),
                SqlExport.csv(jdbc, "objectifs-pilotes.csv", "SELECT o.title AS objectif FROM objective_pilot_account p "
                        + "JOIN objective o ON o.id = p.objective_id WHERE p.account_id = ?", accountId));
    }
}
