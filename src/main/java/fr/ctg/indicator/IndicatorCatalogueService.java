package fr.ctg.indicator;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.indicator.internal.Indicator;
import fr.ctg.indicator.internal.IndicatorRepository;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveSummary;
import fr.ctg.security.AccountService;
import fr.ctg.security.Role;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicator catalogue of a convention, grouped by thematic group (Annexe 4). */
@Service
@Transactional
public class IndicatorCatalogueService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private final IndicatorRepository indicators;
    private final IndicatorGate gate;
    private final ConventionService conventions;
    private final ObjectiveService objectives;
    private final AccountService accounts;

    IndicatorCatalogueService(IndicatorRepository indicators, IndicatorGate gate, ConventionService conventions,
                       ObjectiveService objectives, AccountService accounts) {
        this.indicators = indicators;
        this.gate = gate;
        this.conventions = conventions;
        this.objectives = objectives;
        this.accounts = accounts;
    }

    /** The indicators the caller reads, by group then position (associations: those published to them). */
    @Transactional(readOnly = true)
    public List<IndicatorSummary> catalogue(long conventionId) {
        Set<Role> roles = gate.roles(conventionId);
        boolean all = IndicatorGate.readsAll(roles);
        Map<Long, String> groups = all ? groupNames(conventionId) : Map.of();
        return indicators.findByConventionIdOrderByThematicGroupIdAscPositionAsc(conventionId).stream()
                .filter(i -> all || i.isPublishedToAssociations())
                .map(i -> view(i, groups.getOrDefault(i.getThematicGroupId(), "")))
                .sorted(Comparator.comparing(IndicatorSummary::thematicGroupId)).toList();
    }

    @Transactional(readOnly = true)
    public IndicatorSummary get(long indicatorId) {
        Indicator i = gate.readable(indicatorId);
        boolean all = IndicatorGate.readsAll(gate.roles(i.getConventionId()));
        return view(i, all ? groupNames(i.getConventionId()).getOrDefault(i.getThematicGroupId(), "") : "");
    }

    /** Adds an indicator (referents and the secretariat). */
    public long create(long conventionId, IndicatorDefinition d) {
        gate.require(conventionId, IndicatorGate.EDITORS);
        if (d.code() != null && indicators.existsByConventionIdAndCode(conventionId, d.code().strip())) {
            throw new BusinessRuleException("indicator.error.codeTaken", d.code().strip());
        }
        Indicator i = new Indicator(conventionId, indicators.countByConventionId(conventionId) + 1);
        define(i, conventionId, d);
        return indicators.save(i).getId();
    }

    public IndicatorSummary update(long indicatorId, IndicatorDefinition d) {
        Indicator i = gate.forRole(indicatorId, IndicatorGate.EDITORS);
        String code = d.code() == null ? "" : d.code().strip();
        if (!code.equals(i.getCode()) && indicators.existsByConventionIdAndCode(i.getConventionId(), code)) {
            throw new BusinessRuleException("indicator.error.codeTaken", code);
        }
        define(i, i.getConventionId(), d);
        return get(indicatorId);
    }

    private void define(Indicator i, long conventionId, IndicatorDefinition d) {
        gate.group(conventionId, d.thematicGroupId());
        String code = d.code() == null ? "" : d.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new BusinessRuleException("indicator.error.code");
        }
        String name = required(d.name(), 300, "indicator.error.name");
        String unit = required(d.unit(), 60, "indicator.error.unit");
        if (d.decimals() < 0 || d.decimals() > 6) {
            throw new BusinessRuleException("indicator.error.decimals");
        }
        if (d.periodicity() == null || d.kind() == null || d.direction() == null || d.defaultSource() == null) {
            throw new BusinessRuleException("indicator.error.required");
        }
        String sourceDetail = blank(d.defaultSourceDetail());
        if (d.defaultSource() == SourceKind.OTHER && sourceDetail == null) {
            throw new BusinessRuleException("indicator.error.sourceDetail");
        }
        BigDecimal factor = d.factor();
        if (d.kind() == IndicatorKind.RATIO) {
            factor = factor == null ? BigDecimal.ONE : factor;
            checkRatio(i, conventionId, d, factor);
        } else if (d.numeratorId() != null || d.denominatorId() != null) {
            throw new BusinessRuleException("indicator.error.rawWithOperands");
        }
        if (d.baselineValue() != null && !d.periodicity().accepts(d.baselinePeriod())) {
            throw new BusinessRuleException("indicator.error.baselinePeriod", examplePeriod(d.periodicity()));
        }
        Map<String, BigDecimal> targets = d.targets() == null ? Map.of() : d.targets();
        for (Map.Entry<String, BigDecimal> t : targets.entrySet()) {
            if (!d.periodicity().accepts(t.getKey()) || t.getValue() == null) {
                throw new BusinessRuleException("indicator.error.targetPeriod", String.valueOf(t.getKey()),
                        examplePeriod(d.periodicity()));
            }
        }
        if (d.minValue() != null && d.maxValue() != null && d.minValue().compareTo(d.maxValue()) > 0) {
            throw new BusinessRuleException("indicator.error.minMax");
        }
        Set<Long> objectiveIds = d.objectiveIds() == null ? Set.of() : d.objectiveIds();
        Set<Long> known = objectives.byField(conventionId).stream().flatMap(f -> f.objectives().stream())
                .map(ObjectiveSummary::id).collect(Collectors.toSet());
        if (!known.containsAll(objectiveIds)) {
            throw new BusinessRuleException("indicator.error.objective");
        }
        if (d.ownerAccountId() != null && accounts.members(conventionId).stream()
                .noneMatch(m -> m.accountId() == d.ownerAccountId())) {
            throw new BusinessRuleException("indicator.error.owner");
        }
        i.define(d.thematicGroupId(), code, name, blank(d.definition()), unit, d.decimals(), d.periodicity(), d.kind(),
                d.kind() == IndicatorKind.RATIO ? d.numeratorId() : null,
                d.kind() == IndicatorKind.RATIO ? d.denominatorId() : null,
                d.kind() == IndicatorKind.RATIO ? factor : null, d.baselineValue(),
                d.baselineValue() == null ? null : d.baselinePeriod(), new TreeMap<>(targets), d.minValue(), d.maxValue(),
                d.direction(), d.defaultSource(), sourceDetail, objectiveIds, d.ownerAccountId(),
                d.publishedToAssociations());
    }

    private void checkRatio(Indicator self, long conventionId, IndicatorDefinition d, BigDecimal factor) {
        if (d.numeratorId() == null || d.denominatorId() == null || d.numeratorId().equals(d.denominatorId())
                || d.numeratorId().equals(self.getId()) || d.denominatorId().equals(self.getId())) {
            throw new BusinessRuleException("indicator.error.ratioOperands");
        }
        for (Long operand : List.of(d.numeratorId(), d.denominatorId())) {
            Indicator o = indicators.findById(operand).filter(x -> x.getConventionId() == conventionId)
                    .orElseThrow(() -> new BusinessRuleException("indicator.error.ratioOperands"));
            if (o.getKind() != IndicatorKind.RAW || o.getPeriodicity() != d.periodicity()) {
                throw new BusinessRuleException("indicator.error.ratioOperandKind", o.getName());
            }
        }
        if (factor.signum() <= 0) {
            throw new BusinessRuleException("indicator.error.factor");
        }
    }

    static String examplePeriod(Periodicity p) {
        return switch (p) {
            case MONTHLY -> "2024-03";
            case QUARTERLY -> "2024-T2";
            case YEARLY, ONCE -> "2024";
        };
    }

    private Map<Long, String> groupNames(long conventionId) {
        return conventions.thematicGroups(conventionId).stream()
                .collect(Collectors.toMap(ThematicGroupRef::id, ThematicGroupRef::name));
    }

    static IndicatorSummary view(Indicator i, String groupName) {
        return new IndicatorSummary(i.getId(), i.getConventionId(), i.getThematicGroupId(), groupName, i.getCode(),
                i.getName(), i.getDefinition(), i.getUnit(), i.getDecimals(), i.getPeriodicity(), i.getKind(),
                i.getNumeratorId(), i.getDenominatorId(), i.getFactor(), i.getBaselineValue(), i.getBaselinePeriod(),
                new TreeMap<>(i.getTargets()), i.getMinValue(), i.getMaxValue(), i.getDirection(), i.getDefaultSource(),
                i.getDefaultSourceDetail(), Set.copyOf(i.getObjectiveIds()), i.getOwnerAccountId(),
                i.isPublishedToAssociations());
    }

    private static String required(String s, int max, String key) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty() || t.length() > max) {
            throw new BusinessRuleException(key, max);
        }
        return t;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
