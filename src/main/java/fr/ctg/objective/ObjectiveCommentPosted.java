package fr.ctg.objective;

import java.util.Set;

/** A comment was posted on an objective, possibly mentioning members (who get notified). */
public record ObjectiveCommentPosted(long conventionId, long objectiveId, String objectiveTitle, long commentId,
                                     long authorAccountId, String authorName, Set<Long> mentionedAccountIds) {
}
