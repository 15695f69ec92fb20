package fr.ctg.convention;

/** How a convention may continue past its end date (Article 10: "par expresse reconduction"). */
public enum RenewalMode {
    EXPRESS, TACIT, NONE;

    public String labelKey() {
        return "convention.renewal." + name();
    }
}
