package fr.ctg.minutes;

import java.time.LocalDate;

/** An action item: what, who ({@code ownerName} is shown either way), by when, and where it was decided. */
public record ActionItemRow(long id, long minutesId, String minutesTitle, long sectionId, String what,
                             Long ownerAccountId, String ownerName, LocalDate dueDate, Long objectiveId,
                             ActionStatus status) {

    public boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }
}
