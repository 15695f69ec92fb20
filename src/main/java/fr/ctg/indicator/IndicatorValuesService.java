package fr.ctg.indicator;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.indicator.internal.Indicator;
import fr.ctg.indicator.internal.IndicatorJournal;
import fr.ctg.indicator.internal.IndicatorRepository;
import fr.ctg.indicator.internal.IndicatorValidation;
import fr.ctg.indicator.internal.IndicatorValidationRepository;
import fr.ctg.indicator.internal.IndicatorValue;
import fr.ctg.indicator.internal.IndicatorValueRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.MemberSummary;
import fr.ctg.security.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator values per period: entry with source (Article 7) and history, the checks of {@link ValueRules},
 * completeness per group and period, and the referent's validation that locks a group's period.
 */
@Service
@Transactional
public class IndicatorValuesService {

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final IndicatorValidationRepository validations;
    private final IndicatorJournal journal;
    private final IndicatorGate gate;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccountService accounts;

    IndicatorValuesService(IndicatorRepository indicators, IndicatorValueRepository values,
                    IndicatorValidationRepository validations, IndicatorJournal journal, IndicatorGate gate, Clock clock,
                    ApplicationEventPublisher events, AccountService accounts) {
        this.events = events;
        this.accounts = accounts;
        this.indicators = indicators;
        this.values = values;
        this.validations = validations;
        this.journal = journal;
        this.gate = gate;
        this.clock = clock;
    }

    /** The group's indicators measured at the period's rhythm, with their values, status and the caller's rights. */
    @Transactional(readOnly = true)
    public EntrySheet sheet(long conventionId, long groupId, String period) {
        Set<Role> roles = gate.roles(conventionId);
        gate.group(conventionId, groupId);
        Periodicity rhythm = Periodicity.ofPeriod(period);
        if (rhythm == null) {
            throw new BusinessRuleException("indicator.error.period", period, "2024, 2024-T2, 2024-03");
        }
        List<Indicator> group = indicators.findByConventionIdOrderByThematicGroupIdAscPositionAsc(conventionId).stream()
                .filter(i -> i.getThematicGroupId() == groupId && i.getPeriodicity().accepts(period)).toList();
        Map<Long, ValueRow> current = currentValues(conventionId, group, period);
        List<EntrySheet.Row> rows = group.stream()
                .map(i -> new EntrySheet.Row(IndicatorCatalogueService.view(i, ""), current.get(i.getId()))).toList();
        return new EntrySheet(groupId, period, status(groupId, period, group, current), roles.stream()
                .anyMatch(IndicatorGate.RECORDERS::contains), roles.stream().anyMatch(IndicatorGate.VALIDATORS::contains),
                rows);
    }

    /** Records a value (not for computed ratios); a far-off value needs a reason; a validated period is locked. */
    public ValueRow record(ValueEntry e) {
        Indicator i = gate.forRole(e.indicatorId(), IndicatorGate.RECORDERS);
        IndicatorSummary view = IndicatorCatalogueService.view(i, "");
        if (i.getKind() == IndicatorKind.RATIO) {
            throw new BusinessRuleException("indicator.error.computed", i.getName());
        }
        String period = e.period() == null ? "" : e.period().strip();
        if (!i.getPeriodicity().accepts(period)) {
            throw new BusinessRuleException("indicator.error.periodFor", period, i.getName(),
                    IndicatorCatalogueService.examplePeriod(i.getPeriodicity()));
        }
        if (validations.findByThematicGroupIdAndPeriod(i.getThematicGroupId(), period).isPresent()) {
            throw new BusinessRuleException("indicator.error.validated", period);
        }
        if (e.value() == null) {
            throw new BusinessRuleException("indicator.error.value");
        }
        if (e.source() == null) {
            throw new BusinessRuleException("indicator.error.source");
        }
        String detail = blank(e.sourceDetail());
        if (e.source() == SourceKind.OTHER && detail == null) {
            throw new BusinessRuleException("indicator.error.sourceDetail");
        }
        if (detail != null && detail.length() > 200 || e.comment() != null && e.comment().strip().length() > 1000) {
            throw new BusinessRuleException("indicator.error.textLength");
        }
        BigDecimal value = e.value().setScale(Math.min(6, Math.max(i.getDecimals(), e.value().scale())),
                RoundingMode.HALF_UP);
        ValueRules.checkRange(view, value);
        List<IndicatorValue> series = values.findByIndicatorIdOrderByPeriod(i.getId());
        Map<String, BigDecimal> others = series.stream().filter(v -> !v.getPeriod().equals(period))
                .collect(Collectors.toMap(IndicatorValue::getPeriod, IndicatorValue::getValue));
        if (i.getPeriodicity() == Periodicity.ONCE && !others.isEmpty()) {
            throw new BusinessRuleException("indicator.error.once", i.getName());
        }
        BusinessRuleException outlier = ValueRules.outlier(i.getPeriodicity(), period, value, others);
        String reason = blank(e.outlierReason());
        if (outlier != null && reason == null) {
            throw outlier;
        }
        Optional<IndicatorValue> stored = series.stream().filter(x -> x.getPeriod().equals(period)).findFirst();
        if (e.seenVersion() != null) {
            long now = stored.map(IndicatorValue::getVersion).orElse(ValueEntry.NONE_SEEN);
            if (now != e.seenVersion()) {
                throw new ValueChangedMeanwhile(stored.map(x -> view(x, false)).orElse(null));
            }
        }
        IndicatorValue v = stored.orElseGet(() -> new IndicatorValue(i.getId(), period));
        BigDecimal previous = v.getValue();
        v.set(value, e.source(), detail, blank(e.comment()), e.followUp(), outlier != null,
                outlier != null ? reason : null);
        values.saveAndFlush(v);
        journal.append(List.of(new IndicatorJournal.Change(i.getId(), period, previous, value, e.source(), detail,
                blank(e.comment()), gate.me(), clock.instant())));
        return view(v, false);
    }

    /** The series of an indicator, oldest first; a ratio's is computed. */
    @Transactional(readOnly = true)
    public List<ValueRow> series(long indicatorId) {
        Indicator i = gate.readable(indicatorId);
        if (i.getKind() == IndicatorKind.RATIO) {
            IndicatorSummary view = IndicatorCatalogueService.view(i, "");
            SortedMap<String, BigDecimal> computed = ValueRules.ratio(view, raw(i.getNumeratorId()), raw(i.getDenominatorId()));
            return computed.entrySet().stream().map(x -> computedView(i.getId(), x.getKey(), x.getValue())).toList();
        }
        return values.findByIndicatorIdOrderByPeriod(indicatorId).stream().map(v -> view(v, false)).toList();
    }

    /** Every write of a value, newest first. */
    @Transactional(readOnly = true)
    public List<ValueChange> history(long indicatorId, String period) {
        gate.readable(indicatorId);
        return journal.changes(indicatorId, period);
    }

    /** Completeness and validation of a group for a period. */
    @Transactional(readOnly = true)
    public GroupPeriodStatus status(long conventionId, long groupId, String period) {
        return sheet(conventionId, groupId, period).status();
    }

    /** The referent validates a group's values for a period: they are locked until un-validated. */
    public void validate(long conventionId, long groupId, String period) {
        gate.require(conventionId, IndicatorGate.VALIDATORS);
        ThematicGroupRef group = gate.group(conventionId, groupId);
        if (Periodicity.ofPeriod(period) == null) {
            throw new BusinessRuleException("indicator.error.period", period, "2024, 2024-T2, 2024-03");
        }
        if (validations.findByThematicGroupIdAndPeriod(groupId, period).isPresent()) {
            throw new BusinessRuleException("indicator.error.alreadyValidated", period);
        }
        validations.save(new IndicatorValidation(groupId, period));
        journal.logValidation(groupId, period, "VALIDATED", null, gate.me(), clock.instant());
        events.publishEvent(JournalEvent.of(JournalKind.INDICATOR_VALIDATED)
                .convention(conventionId).detail("group " + groupId + " " + period));
        List<Long> audience = accounts.members(conventionId).stream()
                .filter(m -> m.thematicGroupIds().contains(groupId) || m.roles().contains(Role.SECRETARIAT))
                .map(MemberSummary::accountId).distinct().toList();
        events.publishEvent(new IndicatorPeriodValidated(conventionId, groupId, group.name(), period, audience,
                gate.myId(), gate.me()));
    }

    /** Lifts a validation, with a reason that is logged. */
    public void unvalidate(long conventionId, long groupId, String period, String reason) {
        gate.require(conventionId, IndicatorGate.VALIDATORS);
        gate.group(conventionId, groupId);
        String why = blank(reason);
        if (why == null || why.length() > 500) {
            throw new BusinessRuleException("indicator.error.unvalidateReason");
        }
        IndicatorValidation v = validations.findByThematicGroupIdAndPeriod(groupId, period)
                .orElseThrow(() -> new BusinessRuleException("indicator.error.notValidated", period));
        validations.delete(v);
        journal.logValidation(groupId, period, "UNVALIDATED", why, gate.me(), clock.instant());
        events.publishEvent(JournalEvent.of(
                JournalKind.INDICATOR_VALIDATION_LIFTED).convention(conventionId)
                .detail("group " + groupId + " " + period + " : " + why));
    }

    @Transactional(readOnly = true)
    public List<IndicatorJournal.ValidationEvent> validationLog(long conventionId, long groupId) {
        gate.roles(conventionId);
        gate.group(conventionId, groupId);
        return journal.validationLog(groupId);
    }

    private Map<Long, ValueRow> currentValues(long conventionId, List<Indicator> group, String period) {
        Map<Long, ValueRow> out = values.findByIndicatorIdInAndPeriod(group.stream().map(Indicator::getId).toList(), period)
                .stream().collect(Collectors.toMap(IndicatorValue::getIndicatorId, v -> view(v, false)));
        for (Indicator i : group) {
            if (i.getKind() == IndicatorKind.RATIO) {
                BigDecimal n = raw(i.getNumeratorId()).get(period);
                BigDecimal d = raw(i.getDenominatorId()).get(period);
                SortedMap<String, BigDecimal> r = ValueRules.ratio(IndicatorCatalogueService.view(i, ""),
                        n == null ? Map.of() : Map.of(period, n), d == null ? Map.of() : Map.of(period, d));
                if (!r.isEmpty()) {
                    out.put(i.getId(), computedView(i.getId(), period, r.get(period)));
                }
            }
        }
        return out;
    }

    private GroupPeriodStatus status(long groupId, String period, List<Indicator> group, Map<Long, ValueRow> current) {
        List<Indicator> expected = group.stream().filter(i -> i.getKind() == IndicatorKind.RAW
                && i.getPeriodicity() != Periodicity.ONCE).toList();
        int present = (int) expected.stream().filter(i -> current.containsKey(i.getId())).count();
        return new GroupPeriodStatus(groupId, period, expected.size(), present,
                validations.findByThematicGroupIdAndPeriod(groupId, period).isPresent());
    }

    private SortedMap<String, BigDecimal> raw(Long indicatorId) {
        return values.findByIndicatorIdOrderByPeriod(indicatorId).stream().collect(Collectors.toMap(
                IndicatorValue::getPeriod, IndicatorValue::getValue, (a, b) -> a, TreeMap::new));
    }

    static ValueRow view(IndicatorValue v, boolean computed) {
        return new ValueRow(v.getIndicatorId(), v.getPeriod(), v.getValue(), v.getSource(), v.getSourceDetail(),
                v.getComment(), v.isFollowUp(), v.isOutlier(), v.getOutlierReason(), computed, v.getUpdatedBy(),
                v.getUpdatedAt(), v.getVersion());
    }

    static ValueRow computedView(long indicatorId, String period, BigDecimal value) {
        return new ValueRow(indicatorId, period, value, null, null, null, false, false, null, true, null, null, 0);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
