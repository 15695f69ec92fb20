package fr.ctg.indicator;

import fr.ctg.base.csv.Csv;
import java.math.BigDecimal;

/** Numbers as people type them: {@code 1234.5}, {@code 1234,5}, {@code 1 234,5} (normal or non-breaking space). */
public final class Numbers {

    private Numbers() {
    }

    /** The number, or null when the text is not one. */
    public static BigDecimal parse(String text) {
        return Csv.number(text);
    }
}
