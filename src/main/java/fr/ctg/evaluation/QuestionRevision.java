package fr.ctg.evaluation;

import java.time.Instant;
import java.util.Set;

/** One saved version of an evaluative question: who, when, which fields changed, its status then. */
public record QuestionRevision(long revision, long version, Instant at, String displayName, Set<QuestionField> changed,
                               QuestionStatus status, boolean statusChanged) {

    public long versionNumber() {
        return version + 1;
    }
}
