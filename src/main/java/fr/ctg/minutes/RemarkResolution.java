package fr.ctg.minutes;

/** How the secretariat dealt with a review remark: taken into the text, or answered. */
public enum RemarkResolution {
    ACCEPTED, ANSWERED;

    public String labelKey() {
        return "remark.resolution." + name();
    }
}
