package fr.ctg.objective;

import fr.ctg.base.privacy.PersonalDataFile;
import fr.ctg.base.privacy.PersonalDataSource;
import fr.ctg.base.privacy.SqlExport;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The objectives a person pilots are part of their personal-data export (their comments: the discussion's). */
@Component
class ObjectivePrivacy implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    ObjectivePrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataFile> collect(long accountId, String username) {
        return List.of(SqlExport.csv(jdbc, "objectifs-pilotes.csv", "SELECT o.title AS objectif FROM objective_pilot_account p "
                        + "JOIN objective o ON o.id = p.objective_id WHERE p.account_id = ?", accountId));
    }
}
