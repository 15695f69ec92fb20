package fr.ctg.convention;

/**
 * A Caf as lists show it: its identity, its logo (an uploaded one's id, or a placeholder shipped with the portal,
 * and the address the browser finds it at, or null) and how many conventions it runs.
 */
public record CafSummary(long id, String code, String name, String departement, String address, Long logoId,
                         String logoPath, String logoUrl, int conventions) {

    /** "Caf du Gers" as a party to a convention writes it: "Caisse d’allocations familiales du Gers". */
    public String fullName() {
        return name.startsWith("Caf ") ? "Caisse d’allocations familiales " + name.substring(4) : name;
    }
}
