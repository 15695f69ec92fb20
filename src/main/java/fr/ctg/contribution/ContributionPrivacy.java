package fr.ctg.contribution;

import fr.ctg.base.privacy.PersonalDataFile;
import fr.ctg.base.privacy.PersonalDataSource;
import fr.ctg.base.privacy.SqlExport;
import fr.ctg.security.PersonErased;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** An erased contributor no longer contributes; the organisation's submissions stay, signed by the pseudonym. */
@Component
class ContributionPrivacy implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    ContributionPrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased e) {
        jdbc.update("DELETE FROM contributor WHERE account_id = ?", e.accountId());
        jdbc.update("UPDATE submission SET submitted_by_name = ? WHERE submitted_by_name = ?", e.pseudonym(),
                e.formerDisplayName());
    }

    @Override
    public List<PersonalDataFile> collect(long accountId, String username) {
        String name = jdbc.queryForObject("SELECT display_name FROM account WHERE id = ?", String.class, accountId);
        return List.of(SqlExport.csv(jdbc, "contributions.csv", "SELECT o.name AS organisation, c.title AS appel, "
                + "s.reference AS reference, s.submitted_at AS envoyee FROM submission s JOIN organisation o ON o.id = "
                + "s.organisation_id JOIN contribution_call c ON c.id = s.call_id WHERE s.submitted_by_name = ? "
                + "OR s.organisation_id IN (SELECT organisation_id FROM contributor WHERE account_id = ?)", name, accountId));
    }
}
