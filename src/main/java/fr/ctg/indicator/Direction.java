package fr.ctg.indicator;

/** Which way an indicator should go. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    public String labelKey() {
        return "indicator.direction." + name();
    }
}
