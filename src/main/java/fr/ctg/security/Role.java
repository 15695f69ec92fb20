package fr.ctg.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person does in one convention. Roles are held per convention (a person may be COPIL member
 * in one convention and nothing in another); {@link #ADMIN} held through a membership administers
 * that convention, while the platform administrator is a flag of the account.
 */
public enum Role {
    ADMIN,
    SECRETARIAT,
    COPIL_MEMBER,
    FOLLOW_UP_MEMBER,
    EVALUATION_REFERENT,
    ASSOCIATION,
    READER;

    /** Roles that read the convention itself: everyone but external association contributors. */
    public static final Set<Role> CONVENTION_READERS =
            EnumSet.of(ADMIN, SECRETARIAT, COPIL_MEMBER, FOLLOW_UP_MEMBER, EVALUATION_REFERENT, READER);

    /**
     * Roles that write the convention's shared content: its objectives, text and annexes, Annexe 1, the action plan,
     * the data-exchange register and its avenants.
     */
    public static final Set<Role> CONVENTION_EDITORS = EnumSet.of(ADMIN, SECRETARIAT, COPIL_MEMBER);

    /** Roles that record the convention's formal steps: signatures, termination, the convention's course. */
    public static final Set<Role> CONVENTION_KEEPERS = EnumSet.of(ADMIN, SECRETARIAT);

    /** Every role: what any member of the convention may see (its name and parties). */
    public static final Set<Role> ANY_MEMBER = EnumSet.allOf(Role.class);

    /** i18n key of the role's label. */
    public String labelKey() {
        return "role." + name();
    }
}
