package fr.ctg.discussion;

/** After commit, to the open views of a discussion: a comment was posted, edited or removed there. */
public record DiscussionChanged(DiscussionKind kind, long itemId) {

    /** The collaboration topic of one discussion. */
    public static String topic(DiscussionKind kind, long itemId) {
        return "discussion/" + kind + "/" + itemId;
    }

    public String topic() {
        return topic(kind, itemId);
    }
}
