package fr.ctg.objective;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Three-way merge of an objective, field by field: the version the person started from (base), what
 * they have now (mine) and what is saved now (theirs). A field changed on one side only takes that
 * side; a field changed on both sides to the same value is fine; to different values it is a conflict.
 */
public final class ObjectiveMerge {

    private ObjectiveMerge() {
    }

    public record Result(ObjectiveDraft merged, List<FieldConflict> conflicts, Set<ObjectiveField> takenFromOthers,
                         Set<ObjectiveField> changedByMe) {
        public boolean hasConflicts() {
            return !conflicts.isEmpty();
        }
    }

    public static Result merge(ObjectiveDraft base, ObjectiveDraft mine, ObjectiveDraft theirs) {
        ObjectiveDraft merged = theirs;
        List<FieldConflict> conflicts = new ArrayList<>();
        Set<ObjectiveField> fromOthers = EnumSet.noneOf(ObjectiveField.class);
        Set<ObjectiveField> fromMe = EnumSet.noneOf(ObjectiveField.class);
        for (ObjectiveField f : ObjectiveField.values()) {
            Object b = f.valueIn(base);
            Object m = f.valueIn(mine);
            Object t = f.valueIn(theirs);
            if (Objects.equals(m, b)) {
                if (!Objects.equals(t, b)) {
                    fromOthers.add(f);
                }
            } else if (Objects.equals(t, b) || Objects.equals(m, t)) {
                merged = merged.with(f, m);
                fromMe.add(f);
            } else {
                conflicts.add(new FieldConflict(f, m, t));
            }
        }
        return new Result(merged, List.copyOf(conflicts), fromOthers, fromMe);
    }
}
