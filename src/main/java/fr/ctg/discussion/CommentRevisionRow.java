package fr.ctg.discussion;

import java.time.Instant;

/** An earlier wording of a comment: what it said from {@code writtenAt} until {@code replacedAt}. */
public record CommentRevisionRow(String body, Instant writtenAt, Instant replacedAt) {
}
