package fr.ctg.objective;

import fr.ctg.convention.FieldRef;
import java.util.List;
import java.util.Map;

/**
 * The objectives of one field of intervention (parents followed by their sub-objectives), how many are
 * in each status, and the field's progress: the weighted average of its top-level objectives' effective
 * progress (null when the field has no objective).
 */
public record FieldObjectives(FieldRef field, List<ObjectiveSummary> objectives,
                              Map<ObjectiveStatus, Long> countByStatus, Integer rolledUpProgress) {
}
