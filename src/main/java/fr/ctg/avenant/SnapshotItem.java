package fr.ctg.avenant;

import java.util.List;
import java.util.Objects;

/**
 * One thing of the convention an avenant can modify (a party, an article, an objective, the dates, an annex), with
 * its fields in their order. {@code key} is stable over the history ("article:5", "objective:42").
 */
public record SnapshotItem(String key, ChangeGroup group, int number, String subject, List<FieldValue> fields) {

    public SnapshotItem {
        fields = List.copyOf(fields);
    }

    /** The field with that label key, if the item has it. */
    public FieldValue field(String labelKey) {
        return fields.stream().filter(f -> f.labelKey().equals(labelKey)).findFirst().orElse(null);
    }

    /** Whether both items hold the same values (the subject is part of the fields when it can change). */
    public boolean sameValues(SnapshotItem other) {
        return Objects.equals(fields, other.fields);
    }
}
