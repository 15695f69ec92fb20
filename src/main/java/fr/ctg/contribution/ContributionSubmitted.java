package fr.ctg.contribution;

import fr.ctg.security.Role;
import java.util.Set;

/** A partner submitted its contribution to a call: the convention's members who review contributions are told. */
public record ContributionSubmitted(long conventionId, long callId, String callTitle, String organisationName,
                                    String reference, long actorId, String actorName, Set<Role> reviewerRoles) {
}
