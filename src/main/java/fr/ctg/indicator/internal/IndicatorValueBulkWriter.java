package fr.ctg.indicator.internal;

import fr.ctg.indicator.SourceKind;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.stereotype.Repository;

/**
 * Writes many values at once (CSV import): one multi-row {@code INSERT … ON DUPLICATE KEY UPDATE} per 1 000 rows,
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
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("INSERT INTO indicator_value (version, created_at, created_by, updated_at, "
                    + "updated_by, indicator_id, period, value, source, source_detail, comment, follow_up, outlier, "
                    + "outlier_reason) VALUES ");
            List<Object> args = new ArrayList<>(chunk.size() * 12);
            for (int k = 0; k < chunk.size(); k++) {
                Row r = chunk.get(k);
                sql.append(k == 0 ? "" : ",").append("(0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)");
                args.addAll(Arrays.asList(now, by, now, by, r.indicatorId(), r.period(), r.value(), r.source().name(),
                        r.sourceDetail(), r.comment(), r.outlier(), r.outlierReason()));
            }
            sql.append(" ON DUPLICATE KEY UPDATE version = version + 1, updated_at = VALUES(updated_at), "
                    + "updated_by = VALUES(updated_by), value = VALUES(value), source = VALUES(source), "
                    + "source_detail = VALUES(source_detail), comment = VALUES(comment), outlier = VALUES(outlier), "
                    + "outlier_reason = VALUES(outlier_reason)");
            jdbc.update(sql.toString(), IndicatorValueBulkWriter.setter(args));
        }
    }

    /**
     * Binds parameters in order, nulls as typed NULLs: left to Spring, every null would make it ask the driver for
     * the statement's parameter metadata (a server round trip per null with MariaDB), which made a 100 000-row
     * import take seconds more.
     */
    static PreparedStatementSetter setter(List<Object> args) {
        return ps -> {
            for (int k = 0; k < args.size(); k++) {
                Object v = args.get(k);
                if (v == null) {
                    ps.setNull(k + 1, Types.VARCHAR);
                } else {
                    ps.setObject(k + 1, v);
                }
            }
        };
    }

    /** Rows per statement: one round trip each (12 parameters a row, far below the protocol's limit). */
    static final int CHUNK = 1000;
}
