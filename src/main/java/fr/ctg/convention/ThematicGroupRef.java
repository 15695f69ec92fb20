package fr.ctg.convention;

/** A thematic group of a convention. */
public record ThematicGroupRef(long id, int position, String name, String description) {
}
