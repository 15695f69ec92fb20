package fr.ctg.governance;

/** What a deadline is: derived from a COPIL (Annexe 3), an evaluation milestone (Annexe 4), or the convention's own dates. */
public enum DeadlineKind {
    FOLLOW_UP_COMMITTEE, SECRETARIAT_PROPOSALS, EVALUATION_MILESTONE, CONVENTION_END, NOTICE_DEADLINE, ACTION_ITEM, OTHER;

    public String labelKey() {
        return "deadline.kind." + name();
    }
}
