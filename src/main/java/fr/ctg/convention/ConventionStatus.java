package fr.ctg.convention;

/** Lifecycle of a convention. */
public enum ConventionStatus {
    DRAFT, IN_FORCE, ENDED, TERMINATED;

    public String labelKey() {
        return "convention.status." + name();
    }
}
