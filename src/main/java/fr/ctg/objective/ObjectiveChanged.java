package fr.ctg.objective;

import java.util.Set;

/**
 * An objective was saved as a new version (published after commit), with its new state so that open
 * views update without going back to the database.
 */
public record ObjectiveChanged(long conventionId, long objectiveId, long version, long actorAccountId,
                               String actorName, Set<ObjectiveField> fields, ObjectiveDraft draft) {

    /** The version as people count it. */
    public long versionNumber() {
        return version + 1;
    }
}
