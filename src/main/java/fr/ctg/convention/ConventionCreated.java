package fr.ctg.convention;

/** A convention was created (other features set up what every convention has, e.g. its committees). */
public record ConventionCreated(long conventionId, String code) {
}
