package fr.ctg.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * An invitation to e-mail once its transaction commits, in the invitee's language: {@code target} is the
 * convention's title or the Caf's name, {@code contextLabel} what the inviting feature adds (a partner's
 * organisation).
 */
public record InvitationIssued(long invitationId, InvitationKind kind, String email, Locale language, String token,
                               String target, String contextLabel, Set<Role> roles, String invitedBy,
                               Instant expiresAt) {
}
