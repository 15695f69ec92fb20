package fr.ctg.governance;

import java.util.List;

/** A COPIL was moved or cancelled: its derived deadlines moved with it (for notifications). */
public record DeadlinesMoved(long conventionId, long meetingId, String meetingTitle, List<Long> committeeMemberIds) {
}
