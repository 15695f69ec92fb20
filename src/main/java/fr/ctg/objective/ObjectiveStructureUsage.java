package fr.ctg.objective;

import fr.ctg.convention.StructureUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A field or thematic group that objectives belong to is in use. */
@Component
class ObjectiveStructureUsage implements StructureUsage {

    private final JdbcTemplate jdbc;

    ObjectiveStructureUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean usesField(long fieldId) {
        return count("SELECT COUNT(*) FROM objective WHERE field_id = ?", fieldId) > 0;
    }

    @Override
    public boolean usesThematicGroup(long groupId) {
        return count("SELECT COUNT(*) FROM objective_thematic_group WHERE thematic_group_id = ?", groupId) > 0;
    }

    private long count(String sql, long id) {
        Long n = jdbc.queryForObject(sql, Long.class, id);
        return n == null ? 0 : n;
    }
}
