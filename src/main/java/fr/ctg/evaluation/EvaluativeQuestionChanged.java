package fr.ctg.evaluation;

/**
 * An evaluative question was saved or changed status (published after the commit to the people looking at it).
 */
public record EvaluativeQuestionChanged(long conventionId, long questionId, long version, long actorAccountId,
                                        String actorName, QuestionDraft draft, QuestionStatus status) {

    public long versionNumber() {
        return version + 1;
    }
}
