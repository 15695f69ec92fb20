package fr.ctg.security;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A person's own account as "Mon compte" shows it, with the conventions they are a member of and their roles there. */
public record MyAccount(long accountId, String username, String displayName, String email, String organisation,
                        Locale language, boolean platformAdmin, Instant passwordChangedAt, List<Place> places) {

    public record Place(long conventionId, String conventionTitle, Set<Role> roles, List<CommitteeSeat> seats) {
    }
}
