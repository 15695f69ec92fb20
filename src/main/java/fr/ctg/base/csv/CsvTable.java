package fr.ctg.base.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file for people to open in a spreadsheet (Apache Commons CSV): RFC 4180, UTF-8 with a byte order mark,
 * {@code ;} for French Excel or {@code ,}. A cell that a spreadsheet would take for a formula (it begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with a single quote (OWASP).
 */
public final class CsvTable {

    private static final String BOM = "\uFEFF";

    private CsvTable() {
    }

    public static byte[] write(char separator, List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header.stream().map(CsvTable::neutralised).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvTable::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (BOM + out).getBytes(StandardCharsets.UTF_8);
    }

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    /**
     * The cell as a spreadsheet will show it, never as a formula: one that begins with a formula character gets a
     * single quote in front, except a plain negative number ({@code -12,5}), which no spreadsheet runs.
     */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return startsLikeAFormula(value) && !PLAIN_NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    /** A cell read back from a file this class wrote (or a spreadsheet saved): the neutralising quote removed. */
    public static String restored(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\'' && startsLikeAFormula(value.substring(1))
                ? value.substring(1) : value;
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
