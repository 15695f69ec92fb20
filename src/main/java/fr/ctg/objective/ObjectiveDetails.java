package fr.ctg.objective;

import java.time.Instant;
import java.util.List;

/**
 * An objective as the editor shows it: its editable state at a version, who saved it last, its
 * sub-objectives and their weighted progress, and what the caller may do with it.
 */
public record ObjectiveDetails(long id, long conventionId, long version, ObjectiveDraft draft, Instant updatedAt,
                               String updatedBy, List<ObjectiveRef> children, Integer rolledUpProgress,
                               boolean canEdit, boolean canComment) {

    /** The version as people count it: the first saved version is version 1. */
    public long versionNumber() {
        return version + 1;
    }

    /** The same objective at a newer version saved by someone else (roles and children unchanged). */
    public ObjectiveDetails movedTo(long newVersion, ObjectiveDraft newDraft, String editor) {
        return new ObjectiveDetails(id, conventionId, newVersion, newDraft, updatedAt, editor, children,
                rolledUpProgress, canEdit, canComment);
    }

    /** Another objective, named. */
    public record ObjectiveRef(long id, String title, int progress, int weight) {
    }
}
