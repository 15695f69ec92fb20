package fr.ctg.exchange;

import fr.ctg.convention.StructureUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A party that asked for a data exchange is in use (the register keeps who asked). */
@Component
class ExchangeStructureUsage implements StructureUsage {

    private final JdbcTemplate jdbc;

    ExchangeStructureUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean usesParty(long partyId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM data_exchange WHERE requesting_party_id = ?", Long.class,
                partyId);
        return n != null && n > 0;
    }
}
