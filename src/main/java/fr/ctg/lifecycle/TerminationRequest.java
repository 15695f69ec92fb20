package fr.ctg.lifecycle;

import java.time.LocalDate;

/**
 * A termination by one party (Article 10): who terminates, the registered letter (day sent, AR number, its scan among
 * the documents), the effective day asked (none: the earliest the notice allows) and why.
 */
public record TerminationRequest(Long requestingPartyId, LocalDate letterSentOn, String arNumber,
                                 Long scanDocumentId, LocalDate effectiveOn, String reason) {
}
