package fr.ctg.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting was convened: its committee's members are told (in the portal and by e-mail, each in their language);
 * {@code when} is the day written in French (the portal's notification), {@code day} the day itself.
 */
public record MeetingConvened(long conventionId, long meetingId, String title, String when, LocalDate day,
                              List<Long> recipientIds, long actorId, String actorName) {
}
