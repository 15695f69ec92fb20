package fr.ctg.evaluation;

/** The co-edited fields of an evaluative question: the unit of merging, conflicts, focus marks and history. */
public enum QuestionField {
    TEXT, CRITERIA, SOURCES, ANSWER;

    public String valueIn(QuestionDraft draft) {
        return switch (this) {
            case TEXT -> draft.text();
            case CRITERIA -> draft.criteria();
            case SOURCES -> draft.sources();
            case ANSWER -> draft.answer();
        };
    }

    public String labelKey() {
        return "evaluation.field." + name();
    }
}
