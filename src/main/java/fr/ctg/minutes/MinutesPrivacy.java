package fr.ctg.minutes;

import fr.ctg.base.privacy.PersonalDataFile;
import fr.ctg.base.privacy.PersonalDataSource;
import fr.ctg.base.privacy.SqlExport;
import fr.ctg.security.PersonErased;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * In minutes, an erased person's name becomes the pseudonym (attendance, approval, actions, remarks, errata). A
 * published PDF is a legal record: its bytes and fingerprint stay as they were signed.
 */
@Component
class MinutesPrivacy implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    MinutesPrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased e) {
        String p = e.pseudonym();
        long id = e.accountId();
        jdbc.update("UPDATE minutes_attendee SET display_name = ? WHERE account_id = ?", p, id);
        jdbc.update("UPDATE minutes_attendee SET proxy_name = ? WHERE proxy_name = ? AND minutes_id IN "
                + "(SELECT id FROM minutes WHERE convention_id IN (" + e.conventionIdList() + "))", p, e.formerDisplayName());
        jdbc.update("UPDATE minutes SET approved_by_name = ? WHERE approved_by_account_id = ?", p, id);
        jdbc.update("UPDATE action_item SET owner_name = ? WHERE owner_account_id = ?", p, id);
        jdbc.update("UPDATE minutes_remark SET author_name = ? WHERE author_account_id = ?", p, id);
        jdbc.update("UPDATE minutes_erratum SET author_name = ? WHERE author_account_id = ?", p, id);
    }

    @Override
    public List<PersonalDataFile> collect(long accountId, String username) {
        return List.of(SqlExport.csv(jdbc, "comptes-rendus-remarques.csv", "SELECT r.created_at AS date, m.title AS compte_rendu, "
                        + "r.body AS remarque, r.answer AS reponse FROM minutes_remark r JOIN minutes m ON m.id = r.minutes_id "
                        + "WHERE r.author_account_id = ? ORDER BY r.id", accountId),
                SqlExport.csv(jdbc, "comptes-rendus-presences.csv", "SELECT m.title AS compte_rendu, a.status AS presence "
                        + "FROM minutes_attendee a JOIN minutes m ON m.id = a.minutes_id WHERE a.account_id = ?", accountId),
                SqlExport.csv(jdbc, "actions.csv", "SELECT what AS action, due_date AS echeance, status AS etat "
                        + "FROM action_item WHERE owner_account_id = ?", accountId));
    }
}
