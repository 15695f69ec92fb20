package fr.ctg.indicator;

/** How complete a thematic group's values are for a period, and whether the referent validated them. */
public record GroupPeriodStatus(long thematicGroupId, String period, int expected, int present, boolean validated) {

    /** Share of expected values present, 0–100 (100 when nothing is expected). */
    public int completeness() {
        return expected == 0 ? 100 : (int) Math.floor(present * 100.0 / expected);
    }
}
