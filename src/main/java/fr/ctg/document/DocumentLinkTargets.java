package fr.ctg.document;

/**
 * Implemented by the features that own link targets (objectives, later meetings and avenants), so that
 * the documents feature can check a target belongs to the convention without depending on them.
 */
public interface DocumentLinkTargets {

    LinkTarget target();

    /** Whether the target exists in that convention. */
    boolean existsIn(long conventionId, long targetId);
}
