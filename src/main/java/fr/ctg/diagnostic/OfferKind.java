package fr.ctg.diagnostic;

/** What an item of the existing offer is (Annexe 2: "offre de service, partenaires, infrastructures"). */
public enum OfferKind {
    SERVICE,
    PARTNER,
    EQUIPMENT,
    PLACE;

    /** i18n key of the kind's label. */
    public String labelKey() {
        return "diagnostic.offerKind." + name();
    }
}
