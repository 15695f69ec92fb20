package fr.ctg.minutes;

import java.util.List;

/** Minutes were published to their audience. */
public record MinutesPublished(long conventionId, long minutesId, String title, List<Long> audienceIds,
                               long actorId, String actorName) {
}
