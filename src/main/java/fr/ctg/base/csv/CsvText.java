package fr.ctg.base.csv;

import java.util.List;

/** Writing RFC 4180 CSV: fields quoted when they hold the separator, a quote or a line break; CRLF line ends. */
public final class CsvText {

    private CsvText() {
    }

    public static String field(String value, char sep) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(sep) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    public static void line(StringBuilder out, char sep, List<String> fields) {
        for (int k = 0; k < fields.size(); k++) {
            if (k > 0) {
                out.append(sep);
            }
            out.append(field(fields.get(k), sep));
        }
        out.append("\r\n");
    }
}
