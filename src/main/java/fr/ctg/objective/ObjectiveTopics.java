package fr.ctg.objective;

/** Collaboration topics of the objectives feature. */
public final class ObjectiveTopics {

    private ObjectiveTopics() {
    }

    /** Presence, focus and changes of one objective. */
    public static String objective(long objectiveId) {
        return "objective:" + objectiveId;
    }

    /** Any objective of a convention changed (lists, dashboard). */
    public static String convention(long conventionId) {
        return "convention-objectives:" + conventionId;
    }
}
