package fr.ctg.convention;

/**
 * A thematic group was added, renamed or removed after the convention's creation (in that transaction: the
 * governance feature keeps the group's committee in step).
 */
public record ThematicGroupChanged(long conventionId, long groupId, String name, Change change) {

    public enum Change { ADDED, RENAMED, REMOVED }
}
