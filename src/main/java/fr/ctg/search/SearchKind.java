package fr.ctg.search;

/** What a search result is; the search page filters on it. */
public enum SearchKind {
    OBJECTIVE,
    COMMENT,
    DOCUMENT,
    DELIBERATION,
    MINUTES,
    MEETING,
    INDICATOR;

    /** i18n key of the kind's label. */
    public String labelKey() {
        return "search.kind." + name();
    }
}
