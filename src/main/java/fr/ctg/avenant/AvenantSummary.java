package fr.ctg.avenant;

import java.time.LocalDate;

/** An avenant in the convention's list. */
public record AvenantSummary(long id, int number, String title, AvenantStatus status, int changeCount,
                             LocalDate signedOn) {
}
