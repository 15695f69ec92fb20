package fr.ctg.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An invitation as the administrators list it. */
public record InvitationRow(long id, InvitationKind kind, Long conventionId, Long cafId, String email,
                            String displayName, Set<Role> roles, List<CommitteeSeat> seats, Set<Long> thematicGroupIds,
                            Instant sentAt, Instant expiresAt, Instant usedAt, Instant revokedAt, String invitedBy,
                            Status status) {

    public enum Status {
        PENDING, EXPIRED, ACCEPTED, REVOKED;

        public String labelKey() {
            return "invitation.status." + name();
        }
    }
}
