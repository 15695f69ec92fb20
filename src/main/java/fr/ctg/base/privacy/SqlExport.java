package fr.ctg.base.privacy;

import fr.ctg.base.csv.CsvTable;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** A query's rows as one CSV file of a personal-data export (column labels as the header). */
public final class SqlExport {

    private SqlExport() {
    }

    public static PersonalDataFile csv(JdbcTemplate jdbc, String fileName, String sql, Object... args) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        jdbc.query(sql, rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            if (header.isEmpty()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    header.add(meta.getColumnLabel(i));
                }
            }
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object v = rs.getObject(i);
                row.add(v == null ? "" : v.toString());
            }
            rows.add(row);
        }, args);
        return new PersonalDataFile(fileName, CsvTable.write(';', header.isEmpty() ? List.of("(aucune donnée)") : header,
                rows));
    }
}
