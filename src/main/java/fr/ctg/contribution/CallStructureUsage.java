package fr.ctg.contribution;

import fr.ctg.convention.StructureUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A thematic group that calls for contributions address is in use. */
@Component
class CallStructureUsage implements StructureUsage {

    private final JdbcTemplate jdbc;

    CallStructureUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean usesThematicGroup(long groupId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM call_group WHERE thematic_group_id = ?", Long.class, groupId);
        return n != null && n > 0;
    }
}
