package fr.ctg.security;

import java.util.List;
import java.util.Set;

/** What a member holds in a convention after an administrator's change: roles (at least one), seats, groups. */
public record MembershipChange(Set<Role> roles, List<CommitteeSeat> seats, Set<Long> thematicGroupIds) {
}
