package fr.ctg.minutes;

import fr.ctg.base.BusinessRuleException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks text typed into minutes. Markdown is rendered with raw HTML escaped and unsafe links dropped anyway;
 * text that tries to embed a script, a frame or a {@code javascript:} link is refused outright so that the
 * secretariat knows why it would not show.
 */
final class MinutesText {

    private static final Pattern UNSAFE = Pattern.compile(
            "<\\s*/?\\s*(script|iframe|object|embed|style)\\b|javascript\\s*:|vbscript\\s*:|data\\s*:\\s*text/html|\\son\\w+\\s*=",
            Pattern.CASE_INSENSITIVE);

    private MinutesText() {
    }

    /** Stripped Markdown of at most {@code max} characters, possibly empty. */
    static String markdown(String text, int max, String tooLongKey) {
        String t = text == null ? "" : text.strip();
        if (t.length() > max) {
            throw new BusinessRuleException(tooLongKey, max);
        }
        if (UNSAFE.matcher(t).find()) {
            throw new BusinessRuleException("minutes.error.unsafe");
        }
        return t;
    }

    /** Stripped, required, plain text of at most {@code max} characters. */
    static String required(String text, int max, String key) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > max) {
            throw new BusinessRuleException(key, max);
        }
        if (UNSAFE.matcher(t).find()) {
            throw new BusinessRuleException("minutes.error.unsafe");
        }
        return t;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
