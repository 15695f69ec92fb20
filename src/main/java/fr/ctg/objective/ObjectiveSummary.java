package fr.ctg.objective;

import fr.ctg.convention.ThematicGroupRef;
import java.util.List;

/**
 * An objective as lists and the dashboard show it. {@code effectiveProgress} is the weighted progress
 * of its sub-objectives when it has some, its own progress otherwise.
 */
public record ObjectiveSummary(long id, long fieldId, Long parentId, int position, String title, String description,
                               ObjectiveStatus status, int progress, int weight, int effectiveProgress,
                               List<ThematicGroupRef> thematicGroups) {
}
