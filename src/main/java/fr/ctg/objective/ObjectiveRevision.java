package fr.ctg.objective;

import java.time.Instant;
import java.util.Set;

/** One saved version of an objective in its history: who, when, which fields changed. */
public record ObjectiveRevision(long revision, long version, Instant at, String username, String displayName,
                                Set<ObjectiveField> changedFields) {

    /** The version as people count it: the first saved version is version 1. */
    public long versionNumber() {
        return version + 1;
    }
}
