package fr.ctg.notification;

import fr.ctg.base.privacy.PersonalDataFile;
import fr.ctg.base.privacy.PersonalDataSource;
import fr.ctg.base.privacy.SqlExport;
import fr.ctg.security.PersonErased;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An erased person's own notifications go; in others', their name becomes the pseudonym. Their notifications are
 * part of their personal-data export.
 */
@Component
class NotificationPrivacy implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    NotificationPrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased e) {
        jdbc.update("DELETE FROM notification WHERE account_id = ?", e.accountId());
        jdbc.update("DELETE FROM notification_preference WHERE account_id = ?", e.accountId());
        jdbc.update("DELETE FROM notification_unsubscribe WHERE account_id = ?", e.accountId());
        jdbc.update("UPDATE notification SET actor_name = ? WHERE actor_name = ? AND convention_id IN ("
                + e.conventionIdList() + ")", e.pseudonym(), e.formerDisplayName());
    }

    @Override
    public List<PersonalDataFile> collect(long accountId, String username) {
        return List.of(SqlExport.csv(jdbc, "notifications.csv", "SELECT created_at AS date, kind AS type, actor_name AS par, "
                + "subject AS sujet, read_at AS lue FROM notification WHERE account_id = ? ORDER BY id", accountId));
    }
}
