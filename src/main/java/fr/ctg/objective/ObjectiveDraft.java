package fr.ctg.objective;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a person edits on an objective, normalised (texts stripped, blank = empty, sets sorted)
 * so that two drafts compare field by field with {@code equals}.
 */
public record ObjectiveDraft(String title, String description, Long fieldId, Set<Long> thematicGroupIds,
                             Set<Long> pilotAccountIds, Set<String> pilotNames, ObjectiveStatus status,
                             int progress, LocalDate startDate, LocalDate plannedEndDate, String expectedResults,
                             Long parentId, int weight) {

    public ObjectiveDraft {
        title = text(title);
        description = text(description);
        expectedResults = text(expectedResults);
        thematicGroupIds = thematicGroupIds == null ? Set.of() : Set.copyOf(new TreeSet<>(thematicGroupIds));
        pilotAccountIds = pilotAccountIds == null ? Set.of() : Set.copyOf(new TreeSet<>(pilotAccountIds));
        TreeSet<String> names = new TreeSet<>();
        if (pilotNames != null) {
            pilotNames.stream().map(ObjectiveDraft::text).filter(n -> !n.isEmpty()).forEach(names::add);
        }
        pilotNames = Set.copyOf(names);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    /** A copy with one field set to a value taken from another draft ({@link ObjectiveField#valueIn}). */
    @SuppressWarnings("unchecked")
    public ObjectiveDraft with(ObjectiveField field, Object value) {
        return switch (field) {
            case TITLE -> new ObjectiveDraft((String) value, description, fieldId, thematicGroupIds, pilotAccountIds,
                    pilotNames, status, progress, startDate, plannedEndDate, expectedResults, parentId, weight);
            case DESCRIPTION -> new ObjectiveDraft(title, (String) value, fieldId, thematicGroupIds, pilotAccountIds,
                    pilotNames, status, progress, startDate, plannedEndDate, expectedResults, parentId, weight);
            case FIELD -> new ObjectiveDraft(title, description, (Long) value, thematicGroupIds, pilotAccountIds,
                    pilotNames, status, progress, startDate, plannedEndDate, expectedResults, parentId, weight);
            case THEMATIC_GROUPS -> new ObjectiveDraft(title, description, fieldId, (Set<Long>) value, pilotAccountIds,
                    pilotNames, status, progress, startDate, plannedEndDate, expectedResults, parentId, weight);
            case PILOTS -> {
                List<Object> pair = (List<Object>) value;
                yield new ObjectiveDraft(title, description, fieldId, thematicGroupIds, (Set<Long>) pair.get(0),
                        (Set<String>) pair.get(1), status, progress, startDate, plannedEndDate, expectedResults,
                        parentId, weight);
            }
            case STATUS -> new ObjectiveDraft(title, description, fieldId, thematicGroupIds, pilotAccountIds,
                    pilotNames, (ObjectiveStatus) value, progress, startDate, plannedEndDate, expectedResults,
                    parentId, weight);
            case PROGRESS -> new ObjectiveDraft(title, description, fieldId, thematicGroupIds, pilotAccountIds,
                    pilotNames, status, (Integer) value, startDate, plannedEndDate, expectedResults, parentId, weight);
            case START_DATE -> new ObjectiveDraft(title, description, fieldId, thematicGroupIds, pilotAccountIds,
                    pilotNames, status, progress, (LocalDate) value, plannedEndDate, expectedResults, parentId, weight);
            case PLANNED_END_DATE -> new ObjectiveDraft(title, description, fieldId, thematicGroupIds,
                    pilotAccountIds, pilotNames, status, progress, startDate, (LocalDate) value, expectedResults,
                    parentId, weight);
            case EXPECTED_RESULTS -> new ObjectiveDraft(title, description, fieldId, thematicGroupIds,
                    pilotAccountIds, pilotNames, status, progress, startDate, plannedEndDate, (String) value,
                    parentId, weight);
            case PARENT -> new ObjectiveDraft(title, description, fieldId, thematicGroupIds, pilotAccountIds,
                    pilotNames, status, progress, startDate, plannedEndDate, expectedResults, (Long) value, weight);
            case WEIGHT -> new ObjectiveDraft(title, description, fieldId, thematicGroupIds, pilotAccountIds,
                    pilotNames, status, progress, startDate, plannedEndDate, expectedResults, parentId,
                    (Integer) value);
        };
    }
}
