package fr.ctg.indicator;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.csv.CsvTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 reading and writing (quoted fields, doubled quotes, CRLF), with a UTF-8 byte-order mark for Excel, and
 * numbers written the French way ({@code 1 234,5}, normal or non-breaking spaces) or the plain way.
 */
final class Csv {

    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern FRENCH = Pattern.compile("[-+]?\\d{1,3}( \\d{3})+(,\\d+)?|[-+]?\\d+(,\\d+)?");

    private Csv() {
    }

    /** A parsed record and the line it starts on. */
    record Record(int line, List<String> fields) {
    }

    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The separator of a file: the one among ';', ',' and tab that occurs most in its first line. */
    static char detectSeparator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        return tabs > semicolons && tabs > commas ? '\t' : semicolons >= commas ? ';' : ',';
    }

    /** Parses the records of a file; a quote left open is reported on its line. */
    static List<Record> parse(String text, char sep) {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int recordLine = 1;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (quoted) {
                if (c == '"') {
                    if (k + 1 < text.length() && text.charAt(k + 1) == '"') {
                        field.append('"');
                        k++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == sep) {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' && k + 1 < text.length() && text.charAt(k + 1) == '\n') {
                continue;
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                if (any || !fields.getFirst().isEmpty() || fields.size() > 1) {
                    out.add(new Record(recordLine, fields.stream().map(CsvTable::restored).toList()));
                }
                fields.clear();
                field.setLength(0);
                any = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new BusinessRuleException("indicator.csv.openQuote", recordLine);
        }
        if (any || !field.isEmpty()) {
            fields.add(field.toString());
            out.add(new Record(recordLine, fields.stream().map(CsvTable::restored).toList()));
        }
        return out;
    }

    /** A number written {@code 1234.5}, {@code 1234,5} or {@code 1 234,5} (any kind of space); null if not one. */
    static BigDecimal number(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
        if (PLAIN.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        if (FRENCH.matcher(s).matches()) {
            return new BigDecimal(s.replace(" ", "").replace(',', '.'));
        }
        return null;
    }

}
