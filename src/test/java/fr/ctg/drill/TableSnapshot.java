package fr.ctg.drill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every table of the current schema with its row count and {@code CHECKSUM TABLE}: equal snapshots, equal data. */
final class TableSnapshot {

    private TableSnapshot() {
    }

    static Map<String, String> of(JdbcTemplate jdbc) {
        Map<String, String> result = new LinkedHashMap<>();
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name", String.class);
        for (String t : tables) {
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM `" + t + "`", Long.class);
            Object checksum = jdbc.queryForMap("CHECKSUM TABLE `" + t + "`").get("Checksum");
            result.put(t, count + " rows, checksum " + checksum);
        }
        return result;
    }
}
