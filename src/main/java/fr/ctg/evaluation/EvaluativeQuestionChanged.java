package fr.ctg.evaluation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An evaluative question was saved or changed status (published after the commit to the people looking at it): its
 * new version, texts, status and validation.
 */
public record EvaluativeQuestionChanged(long conventionId, long questionId, long version, long actorAccountId,
                                        String actorName, QuestionDraft draft, QuestionStatus status,
                                        @Nullable String validatedByName, @Nullable Instant validatedAt) {

    public long versionNumber() {
        return version + 1;
    }
}
