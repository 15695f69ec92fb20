package fr.ctg.convention;

/**
 * Implemented by the features that hang things on a convention's fields, thematic groups and parties (objectives,
 * indicators, calls, meetings, Annexe 1's means, the data-exchange register, a termination): what they use cannot be
 * removed.
 */
public interface StructureUsage {

    default boolean usesField(long fieldId) {
        return false;
    }

    default boolean usesThematicGroup(long groupId) {
        return false;
    }

    default boolean usesParty(long partyId) {
        return false;
    }
}
