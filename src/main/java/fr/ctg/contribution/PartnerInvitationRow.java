package fr.ctg.contribution;

import java.time.Instant;

/** An invitation as the referents list it (the secret link is only in the e-mail). */
public record PartnerInvitationRow(long id, long organisationId, String email, Instant expiresAt, Instant usedAt,
                             Instant revokedAt) {
}
