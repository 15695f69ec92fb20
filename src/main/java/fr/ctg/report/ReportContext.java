package fr.ctg.report;

import fr.ctg.base.docs.DocOutline.Block;
import fr.ctg.base.docs.DocOutline;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.minutes.MinutesDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** What the sections of one report share as it is built: the request, the reader's language, the blocks, the gaps. */
final class ReportContext {

    final ReportRequest request;
    final Locale locale;
    final List<Block> blocks = new ArrayList<>();
    final List<String> missing = new ArrayList<>();
    /** The published minutes of the meetings held in the period, read once for every section. */
    List<MinutesDetails> minutes = List.of();
    private final TranslationProvider translations;

    ReportContext(ReportRequest request, Locale locale, TranslationProvider translations) {
        this.request = request;
        this.locale = locale;
        this.translations = translations;
    }

    String t(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    String date(LocalDate day) {
        return Formats.date(day, locale);
    }

    String number(BigDecimal value) {
        return Formats.number(value, locale);
    }

    boolean inPeriod(LocalDate day) {
        return day != null && !day.isBefore(request.from()) && !day.isAfter(request.to());
    }

    /** Whether an indicator's period (2025, 2025-T2, 2025-04) overlaps the report's period. */
    boolean inPeriod(String period) {
        return !after(period) && !end(period).isBefore(request.from());
    }

    /** Whether an indicator's period has ended by the report's last day (a period still running is not due). */
    boolean endedBy(String period) {
        return !end(period).isAfter(request.to());
    }

    /** Values, calls and their submissions read once per report, whichever sections ask for them. */
    final Map<Object, Object> cache = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T> T once(Object key, Supplier<T> load) {
        return (T) cache.computeIfAbsent(key, k -> load.get());
    }

    /** Whether an indicator's period starts after the report's period ends. */
    boolean after(String period) {
        return start(period).isAfter(request.to());
    }

    private static LocalDate start(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return LocalDate.of(year, 1, 1);
        }
        return period.charAt(5) == 'T' ? LocalDate.of(year, 3 * (period.charAt(6) - '0') - 2, 1)
                : YearMonth.of(year, Integer.parseInt(period.substring(5))).atDay(1);
    }

    private static LocalDate end(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return LocalDate.of(year, 12, 31);
        }
        return period.charAt(5) == 'T' ? YearMonth.of(year, 3 * (period.charAt(6) - '0')).atEndOfMonth()
                : YearMonth.of(year, Integer.parseInt(period.substring(5))).atEndOfMonth();
    }

    void heading(int level, String key, Object... args) {
        blocks.add(new DocOutline.Heading(level, t(key, args)));
    }

    void text(String text) {
        blocks.add(new DocOutline.Text(text));
    }

    /** Says in the report what is missing, and lists it in the summary. */
    void missing(String key, Object... args) {
        String text = t(key, args);
        blocks.add(new DocOutline.Missing(text));
        missing.add(text);
    }

    void table(List<String> headers, List<List<String>> rows, float... widths) {
        blocks.add(new DocOutline.Table(headers, rows, widths.length == 0 ? null : widths));
    }
}
