package fr.ctg.diagnostic;

import fr.ctg.convention.StructureUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A thematic group whose theme the working draft of the diagnostic fills is in use. Published versions keep the
 * group's name as it was, so they do not hold the group.
 */
@Component
class DiagnosticStructureUsage implements StructureUsage {

    private final JdbcTemplate jdbc;

    DiagnosticStructureUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean usesThematicGroup(long groupId) {
        Long n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM diagnostic_theme t JOIN diagnostic_version v ON v.id = t.diagnostic_version_id
                WHERE t.thematic_group_id = ? AND v.published_at IS NULL
                  AND (t.score IS NOT NULL OR COALESCE(t.gap, '') <> ''
                       OR EXISTS (SELECT 1 FROM diagnostic_theme_figure f WHERE f.theme_id = t.id)
                       OR EXISTS (SELECT 1 FROM diagnostic_theme_offer o WHERE o.theme_id = t.id)
                       OR EXISTS (SELECT 1 FROM diagnostic_theme_axis a WHERE a.theme_id = t.id))""",
                Long.class, groupId);
        return n != null && n > 0;
    }
}
