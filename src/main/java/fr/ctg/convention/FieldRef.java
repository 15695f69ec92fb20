package fr.ctg.convention;

/** A field of intervention of a convention. */
public record FieldRef(long id, int position, String title) {
}
