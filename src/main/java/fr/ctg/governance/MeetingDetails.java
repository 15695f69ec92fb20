package fr.ctg.governance;

import java.time.ZonedDateTime;

/** A meeting as lists and the calendar show it. */
public record MeetingDetails(long id, long conventionId, CommitteeSummary committee, String title, ZonedDateTime start,
                          ZonedDateTime end, String place, String videoLink, MeetingStatus status,
                          Integer quorumNeeded, Integer quorumCount, Boolean quorumReached) {
}
