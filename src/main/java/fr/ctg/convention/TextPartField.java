package fr.ctg.convention;

/** The edited fields of an article or an annex: the unit of merging, conflicts, focus marks and history. */
public enum TextPartField {
    TITLE, BODY, PROVIDED;

    public Object valueIn(TextDraft draft) {
        return switch (this) {
            case TITLE -> draft.title();
            case BODY -> draft.body();
            case PROVIDED -> draft.provided();
        };
    }

    public boolean isText() {
        return this != PROVIDED;
    }

    public String labelKey() {
        return "convention.text.field." + name();
    }
}
