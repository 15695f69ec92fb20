package fr.ctg.convention;

import java.time.Instant;

/** One article or annex for its editor: the saved version, who saved it last, and whether the person may edit. */
public record TextPartDetails(long conventionId, TextPart part, int number, long id, long version, TextDraft draft,
                              Instant updatedAt, String updatedBy, boolean canEdit) {

    /** The version as people count it: the first saved version is version 1. */
    public long versionNumber() {
        return version + 1;
    }

    public TextPartDetails movedTo(long newVersion, TextDraft newDraft, String editor) {
        return new TextPartDetails(conventionId, part, number, id, newVersion, newDraft, updatedAt, editor, canEdit);
    }
}
