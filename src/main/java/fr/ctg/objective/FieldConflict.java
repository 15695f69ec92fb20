package fr.ctg.objective;

/** A field that both the person saving and someone else changed, to different values. */
public record FieldConflict(ObjectiveField field, Object mine, Object theirs) {
}
