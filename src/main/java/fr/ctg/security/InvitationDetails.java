package fr.ctg.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * What an invitation link offers, shown before it is accepted: to whom, into what, by whom; whether an account
 * with that address already exists (then accepting links it with its password).
 */
public record InvitationDetails(InvitationKind kind, String email, String suggestedName, String target,
                                String contextLabel, Set<Role> roles, String invitedBy, Instant expiresAt,
                                Locale language, boolean accountExists) {
}
