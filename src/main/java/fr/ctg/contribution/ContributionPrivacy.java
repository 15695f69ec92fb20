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
        // The name is replaced on the submissions of the person's organisations only (a namesake elsewhere keeps it).
        jdbc.update("UPDATE submission SET submitted_by_name = ? WHERE submitted_by_name = ? AND organisation_id IN "
                + "(SELECT organisation_id FROM contributor WHERE account_id = ?)", e.pseudonym(), e.formerDisplayName(),
                e.accountId());
        jdbc.update("DELETE FROM contributor WHERE account_id = ?", e.accountId());
    }

    @Override
    public List<PersonalDataFile> collect(long accountId, String username) {
        return List.of(SqlExport.csv(jdbc, "contributions.csv", "SELECT o.name AS organisation, c.title AS appel, "
                + "s.reference AS reference, s.submitted_at AS envoyee, s.submitted_by_name AS envoyee_par FROM submission s "
                + "JOIN organisation o ON o.id = s.organisation_id JOIN contribution_call c ON c.id = s.call_id "
                + "WHERE s.organisation_id IN (SELECT organisation_id FROM contributor WHERE account_id = ?)", accountId));
    }
}
