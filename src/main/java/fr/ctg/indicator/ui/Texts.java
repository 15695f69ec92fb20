package fr.ctg.indicator.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How indicator figures are written on screen: with the indicator's decimals and the locale's grouping. */
final class Texts {

    private Texts() {
    }

    static String number(BigDecimal value, int decimals, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
