package fr.ctg.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A member as the convention's administrators see them: with their address and whether the account is active. */
public record MemberRow(long accountId, String username, String displayName, String email, String organisation,
                        boolean enabled, Instant lastLoginAt, Set<Role> roles, List<CommitteeSeat> seats,
                        Set<Long> thematicGroupIds) {
}
