package fr.ctg.avenant;

import java.util.Objects;

/**
 * One field of an item of the convention: its label's message key, how to show it, the value compared over the
 * history (empty: none) and the value as shown. They differ where the field names other items: a sub-objective's
 * parent or a means line's objectives are compared by id, so renaming an objective is one modification, not one per
 * item that names it.
 */
public record FieldValue(String labelKey, ValueKind kind, String value, String shown) {

    public FieldValue {
        value = value == null ? "" : value;
        shown = shown == null ? value : shown;
    }

    public FieldValue(String labelKey, ValueKind kind, String value) {
        this(labelKey, kind, value, value);
    }

    /** Two fields are the same when their label, kind and compared value are (whatever they show). */
    @Override
    public boolean equals(Object o) {
        return o instanceof FieldValue f && labelKey.equals(f.labelKey) && kind == f.kind && value.equals(f.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(labelKey, kind, value);
    }
}
