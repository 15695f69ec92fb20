package fr.ctg.base.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Three-way merge of a record, field by field, for every co-edited thing (objectives, the convention's articles and
 * annexes): the version the person started from (base), what they have now (mine) and what is saved now (theirs). A
 * field changed on one side only takes that side; a field changed on both sides to the same value is fine; to
 * different values it is a conflict, returned with both values and never decided here.
 *
 * @param <D> the record (a draft)
 * @param <F> its fields
 */
public final class FieldMerge {

    private FieldMerge() {
    }

    /** How to read and replace one field of a record. */
    public interface Fields<D, F> {

        /** The field's value in the record, comparable with {@code equals}. */
        Object valueOf(F field, D record);

        /** A copy of the record with the field set to the value. */
        D with(D record, F field, Object value);
    }

    /** A field both sides changed, to different values. */
    public record Conflict<F>(F field, Object mine, Object theirs) {
    }

    public record Result<D, F>(D merged, List<Conflict<F>> conflicts, Set<F> takenFromOthers, Set<F> changedByMe) {
        public boolean hasConflicts() {
            return !conflicts.isEmpty();
        }
    }

    public static <D, F> Result<D, F> merge(Iterable<F> fields, Fields<D, F> access, D base, D mine, D theirs) {
        D merged = theirs;
        List<Conflict<F>> conflicts = new ArrayList<>();
        Set<F> fromOthers = new LinkedHashSet<>();
        Set<F> fromMe = new LinkedHashSet<>();
        for (F f : fields) {
            Object b = access.valueOf(f, base);
            Object m = access.valueOf(f, mine);
            Object t = access.valueOf(f, theirs);
            if (Objects.equals(m, b)) {
                if (!Objects.equals(t, b)) {
                    fromOthers.add(f);
                }
            } else if (Objects.equals(t, b) || Objects.equals(m, t)) {
                merged = access.with(merged, f, m);
                fromMe.add(f);
            } else {
                conflicts.add(new Conflict<>(f, m, t));
            }
        }
        return new Result<>(merged, List.copyOf(conflicts), fromOthers, fromMe);
    }

    /** The fields whose values differ between two records. */
    public static <D, F> Set<F> changed(Iterable<F> fields, Fields<D, F> access, D before, D after) {
        Set<F> changed = new LinkedHashSet<>();
        for (F f : fields) {
            if (!Objects.equals(access.valueOf(f, before), access.valueOf(f, after))) {
                changed.add(f);
            }
        }
        return changed;
    }
}
