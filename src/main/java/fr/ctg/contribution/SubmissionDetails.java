package fr.ctg.contribution;

import java.time.Instant;
import java.util.Map;

/**
 * An organisation's answers to a call (by question position; a file answer's text is its file name), the documents of
 * its file answers, its status, receipt and the referents' answer.
 */
public record SubmissionDetails(long id, long callId, long organisationId, String organisationName,
                             SubmissionStatus status, String reference, Instant submittedAt, String submittedBy,
                             ReviewStatus reviewStatus, String reviewAnswer, Map<Integer, String> answers,
                             Map<Integer, Long> files, long version) {

    /** The version of a draft not yet saved. */
    public static final long NONE = -1;
}
