package fr.ctg.avenant;

import java.util.List;

/**
 * One modification of the convention between two states: what was added, removed or changed, and for a change each
 * field before and after. Its {@code key} is the item's, so that a choice made on a list survives new edits.
 */
public record ConventionChange(String key, ChangeGroup group, int number, Kind kind, String subject,
                               List<FieldChange> fields) {

    public enum Kind {
        ADDED, REMOVED, CHANGED;

        public String labelKey() {
            return "avenant.change." + name();
        }
    }

    public record FieldChange(String labelKey, ValueKind kind, String before, String after) {
    }
}
