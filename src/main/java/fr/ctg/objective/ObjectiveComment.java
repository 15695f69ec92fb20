package fr.ctg.objective;

import java.time.Instant;

/** A comment of an objective's discussion. */
public record ObjectiveComment(long id, long authorAccountId, String authorName, String body, Instant postedAt) {
}
