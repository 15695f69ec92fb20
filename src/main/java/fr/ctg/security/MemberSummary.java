package fr.ctg.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A member of a convention as others may see them: their roles, committee seats and thematic groups there. */
public record MemberSummary(long accountId, String username, String displayName, String organisation, Set<Role> roles,
                            List<CommitteeSeat> seats, Set<Long> thematicGroupIds) {

    public MemberSummary {
        roles = Set.copyOf(roles);
        seats = List.copyOf(seats);
        thematicGroupIds = Set.copyOf(thematicGroupIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean sitsIn(Committee committee) {
        return seatIn(committee).isPresent();
    }

    public Optional<CommitteeSeat> seatIn(Committee committee) {
        return seats.stream().filter(s -> s.committee() == committee).findFirst();
    }
}
