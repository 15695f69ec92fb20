package fr.ctg.contribution;

/** What a question of a call expects. */
public enum QuestionKind {
    SHORT_TEXT, LONG_TEXT, NUMBER, CHOICE, YES_NO, FILE;

    public String labelKey() {
        return "contribution.kind." + name();
    }
}
