package fr.ctg.minutes;

import java.time.LocalDate;
import java.util.List;

/** Draft minutes were circulated to the attendees for remarks until {@code reviewUntil}. */
public record MinutesCirculated(long conventionId, long minutesId, String title, List<Long> reviewerIds,
                                LocalDate reviewUntil, long actorId, String actorName) {
}
