package fr.ctg.means;

import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.convention.ConventionOverview;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionState;
import fr.ctg.convention.FieldRef;
import fr.ctg.means.internal.MeansLine;
import fr.ctg.means.internal.MeansLineRepository;
import fr.ctg.objective.ObjectiveHistoryService;
import fr.ctg.objective.ObjectiveState;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annexe 1, the means each partner mobilises: lines per partner, field of intervention and year, checked in full
 * before anything is written, their totals, and their state at any revision of the history (for the avenants).
 */
@Service
@Transactional
public class MeansService {


    private final MeansLineRepository lines;
    private final ConventionAccessService access;
    private final ConventionHistoryService conventions;
    private final ConventionService conventionService;
    private final ObjectiveHistoryService objectives;
    private final EntityManager em;

    MeansService(MeansLineRepository lines, ConventionAccessService access, ConventionHistoryService conventions,
                 ConventionService conventionService, ObjectiveHistoryService objectives, EntityManager em) {
        this.lines = lines;
        this.access = access;
        this.conventions = conventions;
        this.conventionService = conventionService;
        this.objectives = objectives;
        this.em = em;
    }

    /** Whether the person may write Annexe 1 of the convention. */
    @Transactional(readOnly = true)
    public boolean canEdit(long conventionId) {
        return access.require(conventionId, Role.CONVENTION_READERS).stream().anyMatch(Role.CONVENTION_EDITORS::contains);
    }

    /** Every line, by year, partner and field (readers of the convention). */
    @Transactional(readOnly = true)
    public List<MeansRow> list(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return rows(conventionId, lines.findByConventionIdOrderByYearAscPartyIdAscFieldIdAscIdAsc(conventionId));
    }

    /** The lines as they stood at a revision of the history (readers of the convention). */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<MeansRow> atRevision(long conventionId, long revision) {
        access.require(conventionId, Role.CONVENTION_READERS);
        List<MeansLine> list = AuditReaderFactory.get(em).createQuery()
                .forEntitiesAtRevision(MeansLine.class, revision)
                .add(AuditEntity.property("conventionId").eq(conventionId))
                .getResultList();
        return rows(conventionId, list.stream().sorted(Comparator.comparingInt(MeansLine::getYear)
                .thenComparing(MeansLine::getPartyId).thenComparing(MeansLine::getFieldId)
                .thenComparing(MeansLine::getId)).toList());
    }

    public long create(long conventionId, MeansDraft draft) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        MeansDraft d = checker(conventionId).check(draft);
        return lines.save(new MeansLine(conventionId, d)).getId();
    }

    public void update(long lineId, MeansDraft draft) {
        MeansLine line = lines.findById(lineId).orElseThrow(NotFoundException::new);
        access.require(line.getConventionId(), Role.CONVENTION_EDITORS);
        line.apply(checker(line.getConventionId()).check(draft));
    }

    public void delete(long lineId) {
        MeansLine line = lines.findById(lineId).orElseThrow(NotFoundException::new);
        access.require(line.getConventionId(), Role.CONVENTION_EDITORS);
        lines.delete(line);
    }

    /** Totals per partner, per field and per year (readers of the convention). */
    @Transactional(readOnly = true)
    public MeansTotals totals(long conventionId) {
        List<MeansRow> all = list(conventionId);
        return new MeansTotals(totals(all, MeansRow::partyName), totals(all, MeansRow::fieldTitle),
                totals(all, r -> String.valueOf(r.year())));
    }

    private static List<MeansTotals.Total> totals(List<MeansRow> rows, Function<MeansRow, String> group) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        Map<String, MeansTotals.Total> keys = new TreeMap<>();
        for (MeansRow r : rows) {
            String key = group.apply(r) + "\u0000" + r.category().ordinal() + "\u0000" + r.unit();
            sums.merge(key, r.quantity(), BigDecimal::add);
            keys.put(key, new MeansTotals.Total(group.apply(r), r.category(), r.unit(), BigDecimal.ZERO));
        }
        List<MeansTotals.Total> out = new ArrayList<>();
        keys.forEach((k, t) -> out.add(new MeansTotals.Total(t.group(), t.category(), t.unit(), sums.get(k))));
        return out;
    }

    /** The rules of a line for one convention, with its partners, fields, years and objectives read once. */
    MeansChecker checker(long conventionId) {
        ConventionOverview terms = conventionService.overview(conventionId);
        return new MeansChecker(conventions.parties(conventionId), conventionService.fields(conventionId),
                terms.startDate().getYear(), terms.endDate().getYear(),
                objectives.current(conventionId));
    }

    /** Lines of the convention keyed the way an import recognises them (partner, field, year, kind, nature). */
    Map<String, MeansLine> byIdentity(long conventionId) {
        return lines.findByConventionIdOrderByYearAscPartyIdAscFieldIdAscIdAsc(conventionId).stream()
                .collect(Collectors.toMap(l -> MeansChecker.identity(l.toDraft()), l -> l, (a, b) -> a));
    }

    void save(MeansLine line) {
        lines.save(line);
    }

    private List<MeansRow> rows(long conventionId, List<MeansLine> list) {
        Map<Long, String> parties = conventions.parties(conventionId).stream()
                .collect(Collectors.toMap(ConventionState.PartyState::id, ConventionState.PartyState::shortName));
        Map<Long, String> fields = conventionService.fields(conventionId).stream()
                .collect(Collectors.toMap(FieldRef::id, FieldRef::title));
        return list.stream().map(l -> new MeansRow(l.getId(), l.getPartyId(),
                parties.getOrDefault(l.getPartyId(), "#" + l.getPartyId()), l.getFieldId(),
                fields.getOrDefault(l.getFieldId(), "#" + l.getFieldId()), l.getYear(), l.getCategory(), l.getLabel(),
                l.getQuantity(), l.getUnit(), l.getSource(), Set.copyOf(l.getObjectiveIds()))).toList();
    }

    /** The objectives of the convention now, for the choices of a line (readers of the convention). */
    @Transactional(readOnly = true)
    public List<ObjectiveState> objectiveChoices(long conventionId) {
        return objectives.current(conventionId);
    }
}
