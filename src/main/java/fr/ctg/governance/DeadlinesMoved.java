package fr.ctg.governance;

import java.util.List;

/** A COPIL was moved or cancelled: its derived deadlines moved with it (for notifications, who moved
 * it excepted). */
public record DeadlinesMoved(long conventionId, long meetingId, String meetingTitle, List<Long> committeeMemberIds,
                             long actorId, String actorName) {
}
