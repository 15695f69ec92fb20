package fr.ctg.base.csv;

import fr.ctg.base.BusinessRuleException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV imports (indicators, Annexe 1's means): RFC 4180 reading (Apache Commons CSV; the writing is {@link CsvTable}'s), the file's byte-order mark and separator, and
 * numbers written the French way ({@code 1 234,5}, normal or non-breaking spaces) or the plain way.
 */
public final class Csv {

    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern START_LINE = Pattern.compile("\\(startline ([0-9,.\u00a0 ]+)\\)");
    private static final Pattern FRENCH = Pattern.compile("[-+]?\\d{1,3}( \\d{3})+(,\\d+)?|[-+]?\\d+(,\\d+)?");

    private Csv() {
    }

    /** A parsed record and the line it starts on. */
    public record Record(int line, List<String> fields) {
    }

    public static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The separator of a file: the one among ';', ',' and tab that occurs most in its first line. */
    public static char detectSeparator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        return tabs > semicolons && tabs > commas ? '\t' : semicolons >= commas ? ';' : ',';
    }

    /** Parses the records of a file (Apache Commons CSV, RFC 4180); a quote left open is reported on its line. */
    public static List<Record> parse(String text, char sep) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(sep).setIgnoreEmptyLines(true).get();
        List<Record> out = new ArrayList<>();
        CsvLines lines = new CsvLines(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            try {
                for (CSVRecord r : parser) {
                    out.add(new Record(lines.at(r.getCharacterPosition()), r.stream().map(CsvTable::restored).toList()));
                }
            } catch (UncheckedIOException e) {
                throw new BusinessRuleException("indicator.csv.openQuote", startLine(e, parser));
            }
        } catch (IOException e) {
            throw new BusinessRuleException("indicator.csv.openQuote", 1);
        }
        return out;
    }

    /** The line where the unreadable record starts: Commons CSV says it in its message. */
    private static long startLine(UncheckedIOException e, CSVParser parser) {
        Matcher m = START_LINE.matcher(String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        return m.find() ? Long.parseLong(m.group(1).replaceAll("[^0-9]", "")) : parser.getCurrentLineNumber() + 1;
    }

    /** A number written {@code 1234.5}, {@code 1234,5} or {@code 1 234,5} (any kind of space); null if not one. */
    public static BigDecimal number(String raw) {
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
