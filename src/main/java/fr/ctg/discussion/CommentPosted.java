package fr.ctg.discussion;

import fr.ctg.base.PageRef;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A comment or a reply was posted: the members it mentions are told, and so is the author of the comment it answers.
 *
 * @param answeredAccountId the author of the comment answered, or null for a top-level comment
 */
public record CommentPosted(long conventionId, DiscussionKind kind, long itemId, String itemTitle, PageRef page,
                            long commentId, long authorAccountId, String authorName, Set<Long> mentionedAccountIds,
                            @Nullable Long answeredAccountId) {
}
