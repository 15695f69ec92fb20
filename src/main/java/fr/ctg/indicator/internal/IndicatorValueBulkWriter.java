package fr.ctg.indicator.internal;

import fr.ctg.indicator.SourceKind;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes many values at once (CSV import): one batched {@code INSERT … ON DUPLICATE KEY UPDATE} per 1 000 rows,
 * bumping the optimistic-lock version of rows it replaces. The caller checked every row first.
 */
@Repository
public class IndicatorValueBulkWriter {

    /** A checked row to write. */
    public record Row(long indicatorId, String period, BigDecimal value, SourceKind source, String sourceDetail,
                      String comment, boolean outlier, String outlierReason) {
    }

    private final JdbcTemplate jdbc;

    IndicatorValueBulkWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(List<Row> rows, String by, Instant at) {
        Timestamp now = Timestamp.from(at);
        jdbc.batchUpdate("INSERT INTO indicator_value (version, created_at, created_by, updated_at, updated_by, "
                        + "indicator_id, period, value, source, source_detail, comment, follow_up, outlier, outlier_reason) "
                        + "VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?) ON DUPLICATE KEY UPDATE "
                        + "version = version + 1, updated_at = VALUES(updated_at), updated_by = VALUES(updated_by), "
                        + "value = VALUES(value), source = VALUES(source), source_detail = VALUES(source_detail), "
                        + "comment = VALUES(comment), outlier = VALUES(outlier), outlier_reason = VALUES(outlier_reason)",
                rows, 1000, (ps, r) -> {
                    ps.setTimestamp(1, now);
                    ps.setString(2, by);
                    ps.setTimestamp(3, now);
                    ps.setString(4, by);
                    ps.setLong(5, r.indicatorId());
                    ps.setString(6, r.period());
                    ps.setBigDecimal(7, r.value());
                    ps.setString(8, r.source().name());
                    ps.setString(9, r.sourceDetail());
                    ps.setString(10, r.comment());
                    ps.setBoolean(11, r.outlier());
                    ps.setString(12, r.outlierReason());
                });
    }
}
