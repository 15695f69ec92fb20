package fr.ctg.lifecycle;

import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the convention is in its course: status and dates, the termination if any with the commitments still
 * running, the convention it renews and those that renew it, and what the person may record.
 */
public record LifecycleDetails(long conventionId, ConventionStatus status, LocalDate signedOn, LocalDate startDate,
                               LocalDate endDate, int noticeMonths, LocalDate noticeDeadline, Termination termination,
                               List<Commitment> commitments, ConventionRef renewedFrom, List<ConventionRef> renewedBy,
                               boolean canRecord, boolean canRenew) {

    public record Termination(String requestingParty, LocalDate letterSentOn, String arNumber, Long scanDocumentId,
                              LocalDate effectiveOn, String reason) {
    }

    /** What a party committed to that runs past the termination: an objective, a means line of a later year. */
    public record Commitment(String kindKey, String label, String until) {
    }
}
