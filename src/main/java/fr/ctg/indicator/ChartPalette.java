package fr.ctg.indicator;

/** The colours of the indicator charts, the same on screen (ECharts) and in the reports drawn on the server. */
public final class ChartPalette {

    /** The values measured; the diagnostic's or attainment's scores on the radar. */
    public static final String ACTUAL = "#0b5fa5";
    /** The targets. */
    public static final String TARGET = "#c2410c";
    /** The baseline. */
    public static final String BASELINE = "#6b7280";
    /** The reference ring of the radar (100 = on target). */
    public static final String REFERENCE = "#9ca3af";

    private ChartPalette() {
    }
}
