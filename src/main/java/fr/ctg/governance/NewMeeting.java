package fr.ctg.governance;

import java.time.LocalDateTime;

/** A meeting to schedule: committee, local start and end in a time zone, place or video link. */
public record NewMeeting(long committeeId, String title, LocalDateTime start, LocalDateTime end, String timeZone,
                         String place, String videoLink) {
}
