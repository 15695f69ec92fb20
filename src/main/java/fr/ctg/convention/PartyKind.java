package fr.ctg.convention;

/** The kind of a signatory party. */
public enum PartyKind {
    CAF, EPCI, COMMUNE, OTHER;

    public String labelKey() {
        return "party.kind." + name();
    }
}
