package fr.ctg.avenant;

/** One field of an item of the convention: its label's message key, how to show it, its value (empty: none). */
public record FieldValue(String labelKey, ValueKind kind, String value) {

    public FieldValue {
        value = value == null ? "" : value;
    }
}
