package fr.ctg.governance;

/** Who runs a committee's secretariat (Article 6, Annexe 3). */
public enum SecretariatParty {
    CAF, CC, TOWN, OTHER;

    public String labelKey() {
        return "secretariat.party." + name();
    }
}
