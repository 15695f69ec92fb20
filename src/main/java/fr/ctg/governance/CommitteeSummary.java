package fr.ctg.governance;

import fr.ctg.security.Committee;
import fr.ctg.security.Contact;
import fr.ctg.security.MemberSummary;

/**
 * A committee of a convention; {@code chairAccountId} is who chairs it (and approves its minutes), if set;
 * {@code thematicGroupId} the group of a thematic group's committee; {@code quorumPercent} the share of its permanent
 * members a meeting needs (null: no quorum), {@code maxProxies} how many absent members one member may represent.
 */
public record CommitteeSummary(long id, Committee kind, String name, SecretariatParty secretariat, Long chairAccountId,
                            Long thematicGroupId, Integer quorumPercent, int maxProxies) {

    /** Whether the member sits in this committee: a seat in it, or, for a group's committee, that group. */
    public boolean includes(MemberSummary m) {
        return kind == Committee.THEMATIC_GROUP ? thematicGroupId != null && m.thematicGroupIds().contains(thematicGroupId)
                : m.sitsIn(kind);
    }

    public boolean includes(Contact c) {
        return kind == Committee.THEMATIC_GROUP ? thematicGroupId != null && c.thematicGroupIds().contains(thematicGroupId)
                : c.sitsIn(kind);
    }
}
