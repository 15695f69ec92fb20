package fr.ctg.security;

/** How a person sits in a committee (Article 6: "à titre permanent ou consultatif"). */
public enum Seat {
    PERMANENT,
    CONSULTATIVE;

    public String labelKey() {
        return "seat." + name();
    }
}
