package fr.ctg.document;

/** Who took a deliberation. */
public enum IssuingBody {
    CONSEIL_COMMUNAUTAIRE, CONSEIL_MUNICIPAL, COMMISSION_ACTION_SOCIALE_CAF, CONSEIL_ADMINISTRATION_CAF, OTHER;

    public String labelKey() {
        return "document.body." + name();
    }
}
