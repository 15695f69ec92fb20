package fr.ctg.indicator.internal;

import fr.ctg.indicator.SourceKind;
import fr.ctg.indicator.ValueChange;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The append-only tables: the history of every value written, and the validation log. Written with plain
 * JDBC in batches (an import writes up to 100 000 rows at once); never updated.
 */
@Repository
public class IndicatorJournal {

    /** One write of a value, to append. */
    public record Change(long indicatorId, String period, BigDecimal previous, BigDecimal value, SourceKind source,
                         String sourceDetail, String comment, String by, Instant at) {
    }

    /** One line of the validation log. */
    public record ValidationEvent(String period, String action, String reason, String actor, Instant at) {
    }

    private final JdbcTemplate jdbc;

    IndicatorJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void append(List<Change> changes) {
        for (int from = 0; from < changes.size(); from += IndicatorValueBulkWriter.CHUNK) {
            List<Change> chunk = changes.subList(from, Math.min(changes.size(), from + IndicatorValueBulkWriter.CHUNK));
            StringBuilder sql = new StringBuilder("INSERT INTO indicator_value_change (indicator_id, period, previous_value, "
                    + "new_value, source, source_detail, comment, changed_by, changed_at) VALUES ");
            List<Object> args = new ArrayList<>(chunk.size() * 9);
            for (int k = 0; k < chunk.size(); k++) {
                Change c = chunk.get(k);
                sql.append(k == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
                args.addAll(Arrays.asList(c.indicatorId(), c.period(), c.previous(), c.value(), c.source().name(),
                        c.sourceDetail(), c.comment(), c.by(), Timestamp.from(c.at())));
            }
            jdbc.update(sql.toString(), IndicatorValueBulkWriter.setter(args));
        }
    }

    public List<ValueChange> changes(long indicatorId, String period) {
        return jdbc.query("SELECT previous_value, new_value, source, source_detail, comment, changed_by, changed_at "
                        + "FROM indicator_value_change WHERE indicator_id = ? AND period = ? ORDER BY id DESC",
                (rs, i) -> new ValueChange(rs.getBigDecimal(1), rs.getBigDecimal(2), SourceKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()),
                indicatorId, period);
    }

    public void logValidation(long groupId, String period, String action, String reason, String actor, Instant at) {
        jdbc.update("INSERT INTO indicator_validation_log (thematic_group_id, period, action, reason, actor, at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", groupId, period, action, reason, actor, Timestamp.from(at));
    }

    public List<ValidationEvent> validationLog(long groupId) {
        return jdbc.query("SELECT period, action, reason, actor, at FROM indicator_validation_log "
                        + "WHERE thematic_group_id = ? ORDER BY id DESC",
                (rs, i) -> new ValidationEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), groupId);
    }
}
