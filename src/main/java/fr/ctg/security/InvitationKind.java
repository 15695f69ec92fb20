package fr.ctg.security;

/** What an invitation grants once accepted. */
public enum InvitationKind {
    /** Roles, committee seats and thematic groups in a convention. */
    MEMBER,
    /** A partner organisation's contributor (ASSOCIATION) in a convention; the contribution feature ties it. */
    PARTNER,
    /** The administration of a Caf. */
    CAF_ADMIN;

    public String labelKey() {
        return "invitation.kind." + name();
    }
}
