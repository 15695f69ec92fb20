package fr.ctg.convention;

/**
 * What a person edits in an article or an annex, normalised (title stripped, text without trailing spaces, line
 * ends as {@code \n}) so that two drafts compare field by field. {@code provided} only means something for an annex
 * (whether it is joined to the convention).
 */
public record TextDraft(String title, String body, boolean provided) {

    public TextDraft {
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    }

    public TextDraft with(TextPartField field, Object value) {
        return switch (field) {
            case TITLE -> new TextDraft((String) value, body, provided);
            case BODY -> new TextDraft(title, (String) value, provided);
            case PROVIDED -> new TextDraft(title, body, (Boolean) value);
        };
    }
}
