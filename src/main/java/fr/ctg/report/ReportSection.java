package fr.ctg.report;

/** One chapter of a report, written from one feature's public services. */
interface ReportSection {

    /** The translation key of the step shown in the progress bar. */
    String stepKey();

    void write(ReportContext report);
}
