package fr.ctg.security;

/** The committees a membership can sit in (Article 6, Annexes 3 and 4). */
public enum Committee {
    COMITE_PILOTAGE,
    COMITE_SUIVI,
    COMITE_SUIVI_EVALUATION,
    THEMATIC_GROUP;

    public String labelKey() {
        return "committee." + name();
    }
}
