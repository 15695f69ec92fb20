package fr.ctg.objective;

import java.util.List;
import java.util.function.Function;

/** The editable fields of an objective: the unit of merging, conflicts, focus markers and history. */
public enum ObjectiveField {
    TITLE(ObjectiveDraft::title),
    DESCRIPTION(ObjectiveDraft::description),
    FIELD(ObjectiveDraft::fieldId),
    THEMATIC_GROUPS(ObjectiveDraft::thematicGroupIds),
    PILOTS(d -> List.of(d.pilotAccountIds(), d.pilotNames())),
    STATUS(ObjectiveDraft::status),
    PROGRESS(ObjectiveDraft::progress),
    START_DATE(ObjectiveDraft::startDate),
    PLANNED_END_DATE(ObjectiveDraft::plannedEndDate),
    EXPECTED_RESULTS(ObjectiveDraft::expectedResults),
    PARENT(ObjectiveDraft::parentId),
    WEIGHT(ObjectiveDraft::weight);

    private final Function<ObjectiveDraft, Object> getter;

    ObjectiveField(Function<ObjectiveDraft, Object> getter) {
        this.getter = getter;
    }

    /** The field's value in a draft, comparable with {@code equals}. */
    public Object valueIn(ObjectiveDraft draft) {
        return getter.apply(draft);
    }

    /** Whether the field holds free text (diffed word by word in the history). */
    public boolean isText() {
        return this == TITLE || this == DESCRIPTION || this == EXPECTED_RESULTS;
    }

    public String labelKey() {
        return "objective.field." + name();
    }
}
