package fr.ctg.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * What people write in an evaluative question, normalised (the question stripped, texts without trailing spaces, line
 * ends as {@code \n}, null as empty) so that two drafts compare field by field.
 */
public record QuestionDraft(String text, String criteria, String sources, String answer) {

    public QuestionDraft(@Nullable String text, @Nullable String criteria, @Nullable String sources,
                         @Nullable String answer) {
        this.text = text == null ? "" : text.strip();
        this.criteria = normal(criteria);
        this.sources = normal(sources);
        this.answer = normal(answer);
    }

    private static String normal(@Nullable String s) {
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    }

    public QuestionDraft with(QuestionField field, String value) {
        return switch (field) {
            case TEXT -> new QuestionDraft(value, criteria, sources, answer);
            case CRITERIA -> new QuestionDraft(text, value, sources, answer);
            case SOURCES -> new QuestionDraft(text, criteria, value, answer);
            case ANSWER -> new QuestionDraft(text, criteria, sources, value);
        };
    }
}
