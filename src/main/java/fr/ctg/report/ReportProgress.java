package fr.ctg.report;

/** Told as a report is built: how many of its steps are done, and the translation key of the step under way. */
@FunctionalInterface
public interface ReportProgress {

    ReportProgress NONE = (done, total, stepKey) -> { };

    void step(int done, int total, String stepKey);
}
