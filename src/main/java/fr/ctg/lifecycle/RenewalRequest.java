package fr.ctg.lifecycle;

import java.time.LocalDate;

/** The next convention asked for: its code, title and dates. */
public record RenewalRequest(String code, String title, LocalDate startDate, LocalDate endDate) {
}
