package fr.ctg.means;

import java.math.BigDecimal;
import java.util.Set;

/** A means line in the list, with the names people read. */
public record MeansRow(long id, long partyId, String partyName, long fieldId, String fieldTitle, int year,
                       MeansCategory category, String label, BigDecimal quantity, String unit, FundingSource source,
                       Set<Long> objectiveIds) {

    public MeansDraft draft() {
        return new MeansDraft(partyId, fieldId, year, category, label, quantity, unit, source, objectiveIds);
    }
}
