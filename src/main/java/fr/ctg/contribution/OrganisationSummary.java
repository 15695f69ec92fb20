package fr.ctg.contribution;

/** A partner organisation of a convention. */
public record OrganisationSummary(long id, long conventionId, String name) {
}
