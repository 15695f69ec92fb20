package fr.ctg.governance;

import java.time.LocalDate;

/** A deadline; {@code meetingId} names the COPIL it derives from, if any. */
public record DeadlineItem(long id, long conventionId, DeadlineKind kind, String title, LocalDate dueDate,
                           Long meetingId, Long ownerAccountId, boolean done, boolean cancelled) {

    public boolean overdue(LocalDate today) {
        return !done && !cancelled && dueDate.isBefore(today);
    }
}
