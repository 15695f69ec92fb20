package fr.ctg.indicator;

/** Where a figure comes from (Article 7: every figure states its source); OTHER needs a detail. */
public enum SourceKind {
    CAF, INSEE, CC, ASSOCIATION, OTHER;

    public String labelKey() {
        return "indicator.source." + name();
    }
}
