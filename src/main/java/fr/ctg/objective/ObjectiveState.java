package fr.ctg.objective;

/** An objective as it stood at one revision of the history (or now). */
public record ObjectiveState(long id, int position, ObjectiveDraft draft) {
}
