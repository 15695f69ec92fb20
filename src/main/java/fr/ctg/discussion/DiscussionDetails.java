package fr.ctg.discussion;

import java.util.List;

/** A discussion as its reader sees it: the item, its comments (top-level, oldest first) and whether they may write. */
public record DiscussionDetails(DiscussionKind kind, long itemId, DiscussedItem item, List<CommentRow> comments,
                                boolean canComment) {

    /** Every comment and reply, removed ones included. */
    public int size() {
        return comments.size() + comments.stream().mapToInt(c -> c.replies().size()).sum();
    }
}
