package fr.ctg.evaluation;

/** The two tracks of Annexe 4: follow-up of results (effectiveness, efficiency) and impact evaluation. */
public enum EvaluationTrack {
    RESULTS, IMPACT;

    public String labelKey() {
        return "evaluation.track." + name();
    }
}
