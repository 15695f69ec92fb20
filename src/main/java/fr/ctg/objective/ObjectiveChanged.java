package fr.ctg.objective;

import java.util.Set;

/** An objective was saved as a new version (published after commit). */
public record ObjectiveChanged(long conventionId, long objectiveId, long version, long actorAccountId,
                               String actorName, Set<ObjectiveField> fields) {
}
