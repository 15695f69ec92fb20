package fr.ctg.minutes;

/** Who reads published minutes: the committee's members, or every member of the convention. */
public enum Audience {
    COMMITTEE, CONVENTION;

    public String labelKey() {
        return "minutes.audience." + name();
    }
}
