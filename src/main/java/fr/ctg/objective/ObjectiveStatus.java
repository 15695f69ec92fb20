package fr.ctg.objective;

/** Where an objective stands: à venir, en cours, réalisé, en pause, abandonné, bloqué. */
public enum ObjectiveStatus {
    PLANNED, IN_PROGRESS, DONE, ON_HOLD, ABANDONED, BLOCKED;

    public String labelKey() {
        return "objective.status." + name();
    }
}
