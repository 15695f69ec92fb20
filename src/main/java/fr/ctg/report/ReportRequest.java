package fr.ctg.report;

import java.time.LocalDate;

/** Which report of which convention, for which period (both days included). */
public record ReportRequest(long conventionId, ReportKind kind, LocalDate from, LocalDate to) {
}
