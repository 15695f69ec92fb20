package fr.ctg.minutes;

import java.util.Set;

/** A decision of a meeting, with the objectives and deliberations it concerns. */
public record DecisionRow(long id, long sectionId, String text, Set<Long> objectiveIds, Set<Long> documentIds) {
}
