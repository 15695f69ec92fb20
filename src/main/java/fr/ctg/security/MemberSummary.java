package fr.ctg.security;

/** A member of a convention as others may see them. */
public record MemberSummary(long accountId, String username, String displayName, String organisation, Role role,
                            Committee committee, Seat seat) {
}
