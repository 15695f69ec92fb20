package fr.ctg.minutes;

import java.time.LocalDate;

/** An action item of draft minutes was given to a member of the convention (who is told). */
public record ActionAssigned(long conventionId, long minutesId, String what, LocalDate dueDate, long ownerAccountId,
                             long actorId, String actorName) {
}
