package fr.ctg.evaluation;

import fr.ctg.convention.StructureUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A thematic group that evaluative questions name is in use. */
@Component
class EvaluationStructureUsage implements StructureUsage {

    private final JdbcTemplate jdbc;

    EvaluationStructureUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean usesThematicGroup(long groupId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM evaluative_question_group WHERE thematic_group_id = ?",
                Long.class, groupId);
        return n != null && n > 0;
    }
}
