package fr.ctg.contribution;

import java.time.Instant;
import java.util.Map;

/** An organisation's answers to a call (by question position), its status, receipt and the referents' answer. */
public record SubmissionView(long id, long callId, long organisationId, String organisationName,
                             SubmissionStatus status, String reference, Instant submittedAt, String submittedBy,
                             ReviewStatus reviewStatus, String reviewAnswer, Map<Integer, String> answers) {
}
