package fr.ctg.search;

import fr.ctg.base.PageRef;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One thing found: its kind, its convention, the page that shows it, a title, the text around the words found (to
 * highlight) and MariaDB's relevance.
 *
 * @param detail who or what it belongs to, shown beside the title (a comment's author, a meeting's committee), or null
 * @param date   the day that situates it (session, meeting, upload), or null
 */
public record SearchHit(SearchKind kind, long conventionId, PageRef target, String title, @Nullable String detail,
                        String text, @Nullable LocalDate date, double score) {
}
