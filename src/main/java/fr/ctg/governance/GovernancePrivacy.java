package fr.ctg.governance;

import fr.ctg.base.privacy.PersonalDataFile;
import fr.ctg.base.privacy.PersonalDataSource;
import fr.ctg.base.privacy.SqlExport;
import fr.ctg.security.PersonErased;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An erased person's calendar address stops working; chairs they held are vacated; attendance keeps the tombstone.
 */
@Component
class GovernancePrivacy implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    GovernancePrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased e) {
        jdbc.update("DELETE FROM calendar_token WHERE account_id = ?", e.accountId());
        jdbc.update("DELETE FROM convocation WHERE account_id = ?", e.accountId());
        jdbc.update("UPDATE committee SET chair_account_id = NULL WHERE chair_account_id = ?", e.accountId());
    }

    @Override
    public List<PersonalDataFile> collect(long accountId, String username) {
        return List.of(SqlExport.csv(jdbc, "reunions-presences.csv", "SELECT m.title AS reunion, m.starts_at AS date, "
                        + "a.status AS presence FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE a.account_id = ?",
                accountId),
                SqlExport.csv(jdbc, "echeances.csv", "SELECT title AS echeance, due_date AS date, done AS faite "
                        + "FROM deadline WHERE owner_account_id = ?", accountId),
                SqlExport.csv(jdbc, "agenda-ical.csv", "SELECT created_at AS adresse_ical_creee_le FROM calendar_token "
                        + "WHERE account_id = ?", accountId));
    }
}
