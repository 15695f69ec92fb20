package fr.ctg.objective;

import java.time.Instant;
import java.util.Set;

/** One saved version of an objective in its history: who, when, which fields changed. */
public record ObjectiveRevision(long revision, long version, Instant at, String username, String displayName,
                                Set<ObjectiveField> changedFields) {
}
