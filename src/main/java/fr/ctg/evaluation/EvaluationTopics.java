package fr.ctg.evaluation;

/** Collaboration topics of the evaluative questions. */
public final class EvaluationTopics {

    private EvaluationTopics() {
    }

    /** Presence, focus and saves of one evaluative question. */
    public static String question(long questionId) {
        return "evaluative-question:" + questionId;
    }
}
