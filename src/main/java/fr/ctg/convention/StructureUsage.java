package fr.ctg.convention;

/**
 * Implemented by the features that hang things on a convention's fields and thematic groups (objectives,
 * indicators, calls, meetings): a field or group they use cannot be removed.
 */
public interface StructureUsage {

    default boolean usesField(long fieldId) {
        return false;
    }

    default boolean usesThematicGroup(long groupId) {
        return false;
    }
}
