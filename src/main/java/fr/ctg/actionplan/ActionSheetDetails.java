package fr.ctg.actionplan;

import fr.ctg.objective.ObjectiveStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fiche action as people read it: its objective (title, field, description, expected results, status, dates),
 * what the sheet adds, the names of its indicators, the budget's total, and whether it is published.
 */
public record ActionSheetDetails(long objectiveId, long conventionId, String title, String fieldTitle,
                                 String description, String expectedResults, ObjectiveStatus status,
                                 LocalDate startDate, LocalDate plannedEndDate, ActionSheetDraft sheet,
                                 List<String> indicatorNames, BigDecimal budgetTotal, boolean published,
                                 boolean canEdit) {
}
