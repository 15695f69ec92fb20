package fr.ctg.governance;

import java.util.List;

/** A meeting was convened: its committee's members are told (in the portal and by e-mail). */
public record MeetingConvened(long conventionId, long meetingId, String title, String when, List<Long> recipientIds) {
}
