package fr.ctg.evaluation;

/** Where an evaluative question stands: negotiated by the COPIL, being evaluated, answered (its answer validated). */
public enum QuestionStatus {
    NEGOTIATED, BEING_EVALUATED, ANSWERED;

    public String labelKey() {
        return "evaluation.status." + name();
    }
}
