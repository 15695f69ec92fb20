package fr.ctg.security;

import java.util.Locale;
import java.util.Set;

/**
 * How to reach a member (for server-side jobs such as reminders; never shown to other members): their address, the
 * language every e-mail to them is written in, and what they are in the convention.
 */
public record Contact(long accountId, String displayName, String email, Locale locale, Set<Role> roles,
                      Set<Committee> committees, Set<Long> thematicGroupIds) {

    public Contact {
        roles = Set.copyOf(roles);
        committees = Set.copyOf(committees);
        thematicGroupIds = Set.copyOf(thematicGroupIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean sitsIn(Committee committee) {
        return committees.contains(committee);
    }

    public boolean reachable() {
        return email != null && !email.isBlank();
    }
}
