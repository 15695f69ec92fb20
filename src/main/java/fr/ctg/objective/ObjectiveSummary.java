package fr.ctg.objective;

import fr.ctg.convention.ThematicGroupRef;
import java.util.List;

/** An objective as lists and the dashboard show it. */
public record ObjectiveSummary(long id, long fieldId, int position, String title, String description,
                               ObjectiveStatus status, int progress, List<ThematicGroupRef> thematicGroups) {
}
