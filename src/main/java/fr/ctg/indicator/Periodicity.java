package fr.ctg.indicator;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * How often an indicator is measured, and how its periods are written: {@code 2024} (yearly, or once),
 * {@code 2024-T2} (quarterly), {@code 2024-03} (monthly). Periods of one periodicity sort as strings.
 */
public enum Periodicity {
    MONTHLY("\\d{4}-(0[1-9]|1[0-2])"),
    QUARTERLY("\\d{4}-T[1-4]"),
    YEARLY("\\d{4}"),
    ONCE("\\d{4}");

    private final Pattern format;

    Periodicity(String regex) {
        this.format = Pattern.compile(regex);
    }

    public String labelKey() {
        return "indicator.periodicity." + name();
    }

    /** Whether {@code period} is written the way this periodicity writes its periods (years 1990–2100). */
    public boolean accepts(String period) {
        if (period == null || !format.matcher(period).matches()) {
            return false;
        }
        int year = Integer.parseInt(period.substring(0, 4));
        return year >= 1990 && year <= 2100;
    }

    /** The periods of a year. */
    public List<String> periodsOf(int year) {
        return switch (this) {
            case MONTHLY -> IntStream.rangeClosed(1, 12).mapToObj(m -> String.format("%d-%02d", year, m)).toList();
            case QUARTERLY -> IntStream.rangeClosed(1, 4).mapToObj(q -> year + "-T" + q).toList();
            case YEARLY, ONCE -> List.of(String.valueOf(year));
        };
    }

    /** The period before {@code period} (null for {@link #ONCE}). */
    public String previous(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        return switch (this) {
            case YEARLY -> String.valueOf(year - 1);
            case QUARTERLY -> {
                int q = period.charAt(6) - '0';
                yield q == 1 ? (year - 1) + "-T4" : year + "-T" + (q - 1);
            }
            case MONTHLY -> {
                int m = Integer.parseInt(period.substring(5));
                yield m == 1 ? (year - 1) + "-12" : String.format("%d-%02d", year, m - 1);
            }
            case ONCE -> null;
        };
    }

    /** The periodicity whose periods are written like {@code period} (yearly for a bare year), or null. */
    public static Periodicity ofPeriod(String period) {
        for (Periodicity p : List.of(MONTHLY, QUARTERLY, YEARLY)) {
            if (p.accepts(period)) {
                return p;
            }
        }
        return null;
    }

    public static int year(String period) {
        return Integer.parseInt(period.substring(0, 4));
    }
}
