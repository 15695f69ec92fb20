package fr.ctg.contribution;

/** A partner organisation of a convention. */
public record OrganisationView(long id, long conventionId, String name) {
}
