package fr.ctg.report;

/** The two reports of a convention: the annual follow-up (Annexe 4) and the final evaluation (Article 9). */
public enum ReportKind {
    ANNUAL, FINAL;

    public String labelKey() {
        return "report.kind." + name();
    }
}
