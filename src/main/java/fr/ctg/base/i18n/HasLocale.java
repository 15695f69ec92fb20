package fr.ctg.base.i18n;

import java.util.Locale;

/** A principal with a chosen language (the security feature's user): pages open in it. */
public interface HasLocale {
    Locale locale();
}
