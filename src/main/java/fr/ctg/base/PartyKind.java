package fr.ctg.base;

/** The kind of a party to a convention (the Caf, the intercommunal body, a town, another body); committee seats say which party a member sits for. */
public enum PartyKind {
    CAF, EPCI, COMMUNE, OTHER;

    public String labelKey() {
        return "party.kind." + name();
    }
}
