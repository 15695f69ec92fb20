package fr.ctg.minutes;

import java.time.LocalDate;

/** An open action item is due soon (or overdue): its owner is told, once per due date. */
public record ActionDue(long conventionId, long actionId, String what, LocalDate dueDate, long ownerAccountId) {
}
