package fr.ctg.minutes;

import java.time.Instant;
import java.time.LocalDate;

/** A line of the minutes list. */
public record MinutesSummary(long id, long committeeId, String committeeName, String title, LocalDate meetingDate,
                             MinutesStatus status, Instant publishedAt) {
}
