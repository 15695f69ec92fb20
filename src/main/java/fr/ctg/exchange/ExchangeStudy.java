package fr.ctg.exchange;

import java.time.LocalDate;

/** An opportunity or feasibility study by the other party: a short text, its conclusion, the day, who made it. */
public record ExchangeStudy(String text, Boolean favourable, LocalDate on, String by) {
}
