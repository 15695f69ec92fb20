package fr.ctg.discussion;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One comment as its reader sees it. A removed comment keeps its place (its replies stay under it) with no text.
 *
 * @param editedAt  when its author last changed it, or null
 * @param mine      whether the reader wrote it (and so may edit or remove it)
 * @param revisions how many earlier wordings are kept
 * @param replies   the answers to a top-level comment, oldest first (always empty for a reply)
 */
public record CommentRow(long id, @Nullable Long parentId, long authorAccountId, String authorName, String body,
                         Instant postedAt, @Nullable Instant editedAt, boolean removed, boolean mine, int revisions,
                         List<CommentRow> replies) {
}
