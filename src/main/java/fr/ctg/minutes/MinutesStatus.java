package fr.ctg.minutes;

/** Where minutes stand: drafted by the secretariat, circulated for remarks, approved (frozen), published. */
public enum MinutesStatus {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED;

    public String labelKey() {
        return "minutes.status." + name();
    }

    /** Whether the text may still change. */
    public boolean editable() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
