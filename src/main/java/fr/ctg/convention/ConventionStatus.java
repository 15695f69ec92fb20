package fr.ctg.convention;

/** Lifecycle of a convention (Article 10): draft, signed, in force, then ended, terminated or renewed. */
public enum ConventionStatus {
    DRAFT, SIGNED, IN_FORCE, ENDED, TERMINATED, RENEWED;

    public String labelKey() {
        return "convention.status." + name();
    }
}
