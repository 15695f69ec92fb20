package fr.ctg.objective;

import fr.ctg.base.merge.FieldMerge;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Three-way merge of an objective, field by field ({@link FieldMerge}): the version the person started from (base),
 * what they have now (mine) and what is saved now (theirs).
 */
public final class ObjectiveMerge {

    static final FieldMerge.Fields<ObjectiveDraft, ObjectiveField> FIELDS = new FieldMerge.Fields<>() {
        @Override
        public Object valueOf(ObjectiveField field, ObjectiveDraft record) {
            return field.valueIn(record);
        }

        @Override
        public ObjectiveDraft with(ObjectiveDraft record, ObjectiveField field, Object value) {
            return record.with(field, value);
        }
    };

    private ObjectiveMerge() {
    }

    public record Result(ObjectiveDraft merged, List<FieldConflict> conflicts, Set<ObjectiveField> takenFromOthers,
                         Set<ObjectiveField> changedByMe) {
        public boolean hasConflicts() {
            return !conflicts.isEmpty();
        }
    }

    public static Result merge(ObjectiveDraft base, ObjectiveDraft mine, ObjectiveDraft theirs) {
        FieldMerge.Result<ObjectiveDraft, ObjectiveField> r = FieldMerge.merge(Arrays.asList(ObjectiveField.values()),
                FIELDS, base, mine, theirs);
        return new Result(r.merged(), r.conflicts().stream()
                .map(c -> new FieldConflict(c.field(), c.mine(), c.theirs())).toList(),
                enumSet(r.takenFromOthers()), enumSet(r.changedByMe()));
    }

    private static Set<ObjectiveField> enumSet(Set<ObjectiveField> fields) {
        return fields.isEmpty() ? EnumSet.noneOf(ObjectiveField.class) : EnumSet.copyOf(fields);
    }
}
