package fr.ctg.avenant;

import fr.ctg.base.i18n.Formats;
import fr.ctg.base.i18n.TranslationProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Recorded values and headings as people read them, in their language (pages, DOCX, PDF). */
@Component
public class ChangeTexts {

    private final TranslationProvider translations;

    ChangeTexts(TranslationProvider translations) {
        this.translations = translations;
    }

    public String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    /** A value: dates in the language's format, message keys translated, yes/no, "—" for none. */
    public String value(Locale locale, ValueKind kind, String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        return switch (kind) {
            case DATE -> Formats.date(LocalDate.parse(value), locale);
            case KEY -> t(locale, value);
            case BOOLEAN -> t(locale, Boolean.parseBoolean(value) ? "avenant.value.yes" : "avenant.value.no");
            case NUMBER -> number(value, locale);
            default -> value;
        };
    }

    private static String number(String value, Locale locale) {
        try {
            return Formats.number(new BigDecimal(value), locale);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** The heading a group of modifications goes under: "Article 5", "Article 4 – objectifs partagés", "Annexe 1". */
    public String heading(Locale locale, ChangeGroup group, int number) {
        return t(locale, group.headingKey(), number);
    }
}
