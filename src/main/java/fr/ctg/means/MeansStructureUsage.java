package fr.ctg.means;

import fr.ctg.convention.StructureUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A field of intervention or a partner that lines of Annexe 1 name is in use. */
@Component
class MeansStructureUsage implements StructureUsage {

    private final JdbcTemplate jdbc;

    MeansStructureUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean usesField(long fieldId) {
        return count("SELECT COUNT(*) FROM means_line WHERE field_id = ?", fieldId) > 0;
    }

    @Override
    public boolean usesParty(long partyId) {
        return count("SELECT COUNT(*) FROM means_line WHERE party_id = ?", partyId) > 0;
    }

    private long count(String sql, long id) {
        Long n = jdbc.queryForObject(sql, Long.class, id);
        return n == null ? 0 : n;
    }
}
