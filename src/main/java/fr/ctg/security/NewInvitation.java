package fr.ctg.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A member invitation: who, in which language the e-mail goes, and what accepting it gives in the convention. */
public record NewInvitation(String displayName, String email, Locale language, Set<Role> roles,
                            List<CommitteeSeat> seats, Set<Long> thematicGroupIds) {
}
