package fr.ctg.indicator;

import java.util.List;

/** The entry grid of a thematic group for a period: one row per indicator measured at that rhythm. */
public record EntrySheet(long thematicGroupId, String period, GroupPeriodStatus status, boolean canRecord,
                         boolean canValidate, List<Row> rows) {

    /** An indicator and its value for the period (null when missing). */
    public record Row(IndicatorSummary indicator, ValueRow value) {
    }
}
