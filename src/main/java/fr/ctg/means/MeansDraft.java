package fr.ctg.means;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A means line as people write it: the partner (a party of the convention), the field of intervention, the year,
 * what it counts, its nature ("Places d'EAJE", "Animatrice RPE", "Prestation de service"), how much in which unit
 * (staff in FTE, funding in €), the source of a funding, the objectives it serves.
 */
public record MeansDraft(Long partyId, Long fieldId, Integer year, MeansCategory category, String label,
                         BigDecimal quantity, String unit, FundingSource source, Set<Long> objectiveIds) {

    public MeansDraft {
        objectiveIds = objectiveIds == null ? Set.of() : Set.copyOf(objectiveIds);
    }
}
