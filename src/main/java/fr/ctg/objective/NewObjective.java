package fr.ctg.objective;

import java.util.Set;

/** What is needed to create an objective. */
public record NewObjective(long fieldId, String title, String description, ObjectiveStatus status, int progress,
                           Set<Long> thematicGroupIds) {
}
