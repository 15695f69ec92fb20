package fr.ctg.convention;

import java.util.List;

/** What the page header shows of the current convention: its name and its parties' logos (Article 8). */
public record ConventionHeader(ConventionRef convention, List<PartyLogo> logos) {

    public record PartyLogo(String shortName, String logoPath) {
    }
}
