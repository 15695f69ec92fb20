package fr.ctg.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every UI text comes from {@code i18n/messages*.properties}: French is the base bundle (and the
 * default), English the translation. A missing English key falls back to French, never to the
 * JVM's locale; a missing key shows as {@code !key!} so that it cannot go unnoticed.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "i18n/messages";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : FRENCH;
        try {
            String pattern = bundle(effective).getString(key);
            return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key {} for {}", key, effective);
            return "!" + key + "!";
        }
    }

    /** The bundle of a locale (the French base bundle for French). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, ENGLISH.equals(locale) ? ENGLISH : Locale.ROOT, NO_FALLBACK);
    }
}
