package fr.ctg.means;

/** What a means line counts: a service offer (places, sessions…), staff (full-time equivalents) or funding (€). */
public enum MeansCategory {
    SERVICE_OFFER, STAFF, FUNDING;

    public String labelKey() {
        return "means.category." + name();
    }
}
