package fr.ctg.lifecycle;

import fr.ctg.convention.StructureUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The party that terminated the convention is in use (the termination keeps who sent the letter). */
@Component
class TerminationStructureUsage implements StructureUsage {

    private final JdbcTemplate jdbc;

    TerminationStructureUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean usesParty(long partyId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM convention_termination WHERE requesting_party_id = ?",
                Long.class, partyId);
        return n != null && n > 0;
    }
}
