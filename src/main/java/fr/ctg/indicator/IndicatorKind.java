package fr.ctg.indicator;

/** What an indicator holds: typed values, or a ratio computed from two others (never typed). */
public enum IndicatorKind {
    RAW, RATIO;

    public String labelKey() {
        return "indicator.kind." + name();
    }
}
