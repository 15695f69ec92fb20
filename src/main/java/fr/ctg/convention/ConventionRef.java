package fr.ctg.convention;

/** A convention as a name in a list (the convention switcher). */
public record ConventionRef(long id, String code, String title, String territory, boolean demo) {
}
