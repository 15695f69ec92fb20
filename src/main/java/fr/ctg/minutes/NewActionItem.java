package fr.ctg.minutes;

import java.time.LocalDate;

/** An action item to record: the owner is a member ({@code ownerAccountId}) or a named person. */
public record NewActionItem(long sectionId, String what, Long ownerAccountId, String ownerName, LocalDate dueDate,
                            Long objectiveId) {
}
