package fr.ctg.evaluation;

import fr.ctg.convention.ThematicGroupRef;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An evaluative question of a convention (Annexe 4), numbered in its convention: what is asked, its track and groups,
 * its judgement criteria, sources and answer (Markdown, possibly empty: null), its status, who validated the answer
 * and when, and the ids of what feeds it. {@code version} is the version co-editors save from.
 */
public record EvaluativeQuestionDetails(long id, long conventionId, int number, String text, EvaluationTrack track,
                                        List<ThematicGroupRef> groups, @Nullable String criteria,
                                        @Nullable String sources, @Nullable String answer, QuestionStatus status,
                                        @Nullable String validatedByName, @Nullable Instant validatedAt,
                                        List<Long> indicatorIds, List<CallQuestionRef> callQuestions, long version) {

    /** The version as people count it: the first saved version is version 1. */
    public long versionNumber() {
        return version + 1;
    }

    /** The co-edited fields as a draft (empty texts for null). */
    public QuestionDraft draft() {
        return new QuestionDraft(text, criteria, sources, answer);
    }
}
