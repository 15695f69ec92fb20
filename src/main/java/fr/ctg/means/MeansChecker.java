package fr.ctg.means;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.convention.ConventionState;
import fr.ctg.convention.FieldRef;
import fr.ctg.objective.ObjectiveState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of a means line in one convention, checked before anything is written (form and import alike): a
 * partner and a field of the convention, a year of its duration, a nature, a quantity of zero or more (two decimals),
 * a unit for a service offer (staff count in FTE, funding in €), a source for a funding, objectives of the convention.
 */
final class MeansChecker {

    static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private final List<ConventionState.PartyState> parties;
    private final List<FieldRef> fields;
    private final int firstYear;
    private final int lastYear;
    private final Set<Long> objectiveIds;
    private final List<ObjectiveState> objectives;

    MeansChecker(List<ConventionState.PartyState> parties, List<FieldRef> fields, int firstYear, int lastYear,
                 List<ObjectiveState> objectives) {
        this.parties = parties;
        this.fields = fields;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.objectives = objectives;
        this.objectiveIds = objectives.stream().map(ObjectiveState::id).collect(Collectors.toSet());
    }

    MeansDraft check(MeansDraft d) {
        if (d.partyId() == null || parties.stream().noneMatch(p -> p.id() == d.partyId())) {
            throw new BusinessRuleException("means.error.party");
        }
        if (d.fieldId() == null || fields.stream().noneMatch(f -> f.id() == d.fieldId())) {
            throw new BusinessRuleException("means.error.field");
        }
        if (d.year() == null || d.year() < firstYear || d.year() > lastYear) {
            throw new BusinessRuleException("means.error.year", String.valueOf(firstYear), String.valueOf(lastYear));
        }
        if (d.category() == null) {
            throw new BusinessRuleException("means.error.category");
        }
        String label = d.label() == null ? "" : d.label().strip();
        if (label.isEmpty() || label.length() > 200) {
            throw new BusinessRuleException("means.error.label");
        }
        if (d.quantity() == null) {
            throw new BusinessRuleException("means.error.quantity");
        }
        if (d.quantity().signum() < 0) {
            throw new BusinessRuleException(d.category() == MeansCategory.STAFF ? "means.error.negativeStaff"
                    : "means.error.negative");
        }
        BigDecimal quantity = d.quantity().setScale(2, RoundingMode.HALF_UP);
        if (quantity.compareTo(MAX) > 0) {
            throw new BusinessRuleException("means.error.quantity");
        }
        String unit = switch (d.category()) {
            case STAFF -> "ETP";
            case FUNDING -> "€";
            case SERVICE_OFFER -> d.unit() == null ? "" : d.unit().strip();
        };
        if (unit.isEmpty() || unit.length() > 50) {
            throw new BusinessRuleException("means.error.unit");
        }
        if (d.category() == MeansCategory.FUNDING && d.source() == null) {
            throw new BusinessRuleException("means.error.source");
        }
        if (!objectiveIds.containsAll(d.objectiveIds())) {
            throw new BusinessRuleException("means.error.objective");
        }
        return new MeansDraft(d.partyId(), d.fieldId(), d.year(), d.category(), label, quantity, unit,
                d.category() == MeansCategory.FUNDING ? d.source() : null, d.objectiveIds());
    }

    /** What makes two lines the same for an import: partner, field, year, kind and nature. */
    static String identity(MeansDraft d) {
        return d.partyId() + "/" + d.fieldId() + "/" + d.year() + "/" + d.category() + "/"
                + (d.label() == null ? "" : d.label().strip().toLowerCase(Locale.ROOT));
    }

    Long partyNamed(String name) {
        String n = fold(name);
        return parties.stream().filter(p -> fold(p.shortName()).equals(n) || fold(p.name()).equals(n))
                .map(ConventionState.PartyState::id).findFirst().orElse(null);
    }

    Long fieldNamed(String name) {
        String n = fold(name);
        return fields.stream().filter(f -> fold(f.title()).equals(n) || String.valueOf(f.position()).equals(n))
                .map(FieldRef::id).findFirst().orElse(null);
    }

    Long objectiveNamed(String title) {
        String n = fold(title);
        return objectives.stream().filter(o -> fold(o.draft().title()).equals(n)).map(ObjectiveState::id)
                .findFirst().orElse(null);
    }

    static String fold(String s) {
        return s == null ? "" : s.strip().replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
