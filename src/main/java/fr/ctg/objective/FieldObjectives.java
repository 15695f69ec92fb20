package fr.ctg.objective;

import fr.ctg.convention.FieldRef;
import java.util.List;
import java.util.Map;

/** The objectives of one field of intervention, with how many are in each status. */
public record FieldObjectives(FieldRef field, List<ObjectiveSummary> objectives,
                              Map<ObjectiveStatus, Long> countByStatus) {
}
