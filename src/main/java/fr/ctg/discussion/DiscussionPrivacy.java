package fr.ctg.discussion;

import fr.ctg.base.privacy.PersonalDataFile;
import fr.ctg.base.privacy.PersonalDataSource;
import fr.ctg.base.privacy.SqlExport;
import fr.ctg.security.PersonErased;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An erased person's comments keep their text; their name becomes the pseudonym. Their comments (with what each is
 * about) are part of their personal-data export.
 */
@Component
class DiscussionPrivacy implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    DiscussionPrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased e) {
        jdbc.update("UPDATE discussion_comment SET author_name = ? WHERE author_account_id = ?", e.pseudonym(),
                e.accountId());
    }

    @Override
    public List<PersonalDataFile> collect(long accountId, String username) {
        return List.of(SqlExport.csv(jdbc, "commentaires.csv", "SELECT c.created_at AS date, c.target_kind AS sujet, "
                + "c.target_id AS numero, c.body AS commentaire, c.edited_at AS modifie, c.removed_at AS retire "
                + "FROM discussion_comment c WHERE c.author_account_id = ? ORDER BY c.id", accountId),
                SqlExport.csv(jdbc, "commentaires-versions.csv", "SELECT r.comment_id AS commentaire, "
                        + "r.written_at AS ecrit, r.replaced_at AS remplace, r.body AS texte "
                        + "FROM discussion_comment_revision r JOIN discussion_comment c ON c.id = r.comment_id "
                        + "WHERE c.author_account_id = ? ORDER BY r.id", accountId));
    }
}
