package fr.ctg.document;

/** The folders of the documents area; deliberations have their own area and metadata. */
public enum DocumentKind {
    DELIBERATION, ANNEX, DIAGNOSTIC, MEETING, EVALUATION, OTHER;

    public String labelKey() {
        return "document.kind." + name();
    }
}
