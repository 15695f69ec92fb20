package fr.ctg.security;

import java.time.Instant;

/** A person as a Caf's administrators list the Caf's people (and the platform administrator everyone). */
public record PersonRow(long accountId, String username, String displayName, String email, String organisation,
                        boolean enabled, boolean platformAdmin, Instant lastLoginAt, int conventions) {
}
