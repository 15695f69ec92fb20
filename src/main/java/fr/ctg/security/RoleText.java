package fr.ctg.security;

import java.util.Collection;
import java.util.stream.Collectors;

/** Roles and seats as the journal writes them (codes, the same in every language). */
final class RoleText {

    private RoleText() {
    }

    static String of(Collection<Role> roles, Collection<CommitteeSeat> seats) {
        String r = roles.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
        String s = seats.stream().map(x -> x.committee() + " " + x.seat() + (x.party() == null ? "" : " " + x.party()))
                .collect(Collectors.joining(", "));
        return s.isEmpty() ? r : r + " | " + s;
    }
}
