package fr.ctg.indicator;

import fr.ctg.convention.StructureUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A thematic group that has indicators is in use. */
@Component
class IndicatorStructureUsage implements StructureUsage {

    private final JdbcTemplate jdbc;

    IndicatorStructureUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean usesThematicGroup(long groupId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM indicator WHERE thematic_group_id = ?", Long.class, groupId);
        return n != null && n > 0;
    }
}
