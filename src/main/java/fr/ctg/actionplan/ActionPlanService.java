package fr.ctg.actionplan;

import fr.ctg.actionplan.internal.ActionSheet;
import fr.ctg.actionplan.internal.ActionSheetRepository;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.FieldRef;
import fr.ctg.indicator.IndicatorCatalogueService;
import fr.ctg.indicator.IndicatorSummary;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveState;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan: one fiche action per objective at the lowest level. Members who read the convention see every
 * sheet; associations only those published to them, read-only. The objectives' editors write the sheets and publish
 * them; each sheet is checked in full before anything is written.
 */
@Service
@Transactional
public class ActionPlanService {

    static final int MAX_TEXT = 5_000;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final ActionSheetRepository sheets;
    private final ObjectiveService objectives;
    private final ConventionService conventions;
    private final IndicatorCatalogueService indicators;
    private final ConventionAccessService access;

    ActionPlanService(ActionSheetRepository sheets, ObjectiveService objectives, ConventionService conventions,
                      IndicatorCatalogueService indicators, ConventionAccessService access) {
        this.sheets = sheets;
        this.objectives = objectives;
        this.conventions = conventions;
        this.indicators = indicators;
        this.access = access;
    }

    /** The fiches action the person may read, in the objectives' order (any member; associations: published ones). */
    @Transactional(readOnly = true)
    public List<ActionSheetDetails> plan(long conventionId) {
        Set<Role> roles = access.require(conventionId, Role.ANY_MEMBER);
        boolean associationOnly = roles.stream().noneMatch(Role.CONVENTION_READERS::contains);
        boolean canEdit = roles.stream().anyMatch(ObjectiveService.EDITORS::contains);
        Map<Long, ActionSheet> byObjective = sheets.findByConventionId(conventionId).stream()
                .collect(Collectors.toMap(ActionSheet::getObjectiveId, Function.identity()));
        Set<Long> ids = new HashSet<>(objectives.leaves(conventionId));
        if (associationOnly) {
            ids.removeIf(id -> byObjective.get(id) == null || !byObjective.get(id).isPublished());
        }
        List<FieldRef> fieldRefs = conventions.fieldTitles(conventionId);
        Map<Long, String> fields = fieldRefs.stream()
                .collect(Collectors.toMap(FieldRef::id, f -> f.position() + ". " + f.title()));
        Map<Long, Integer> fieldOrder = fieldRefs.stream().collect(Collectors.toMap(FieldRef::id, FieldRef::position));
        Map<Long, String> indicatorNames = indicators.catalogue(conventionId).stream()
                .collect(Collectors.toMap(IndicatorSummary::id, IndicatorSummary::name));
        List<ActionSheetDetails> out = new ArrayList<>();
        List<ObjectiveState> shown = new ArrayList<>(objectives.shownToMembers(conventionId, ids));
        shown.sort(Comparator.comparing((ObjectiveState o) -> fieldOrder.getOrDefault(o.draft().fieldId(), 0))
                .thenComparingInt(ObjectiveState::position));
        for (ObjectiveState o : shown) {
            ActionSheet s = byObjective.get(o.id());
            ActionSheetDraft d = s == null ? ActionSheetDraft.empty() : s.toDraft();
            out.add(new ActionSheetDetails(o.id(), conventionId, o.draft().title(),
                    fields.getOrDefault(o.draft().fieldId(), ""), o.draft().description(), o.draft().expectedResults(),
                    o.draft().status(), o.draft().startDate(), o.draft().plannedEndDate(), d,
                    d.indicatorIds().stream().map(indicatorNames::get).filter(n -> n != null).sorted().toList(),
                    d.budget().stream().map(ActionSheetDraft.BudgetLine::amount).reduce(BigDecimal.ZERO,
                            BigDecimal::add), s != null && s.isPublished(), canEdit));
        }
        return out;
    }

    /** One fiche action the person may read. */
    @Transactional(readOnly = true)
    public ActionSheetDetails sheet(long conventionId, long objectiveId) {
        return plan(conventionId).stream().filter(s -> s.objectiveId() == objectiveId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** Writes the fiche action of an objective at the lowest level (the objectives' editors). */
    public void save(long conventionId, long objectiveId, ActionSheetDraft draft) {
        access.require(conventionId, ObjectiveService.EDITORS);
        if (!objectives.leaves(conventionId).contains(objectiveId)) {
            throw new BusinessRuleException("actionSheet.error.notLeaf");
        }
        ActionSheetDraft checked = checked(conventionId, draft);
        ActionSheet s = sheets.findByObjectiveId(objectiveId).orElseGet(() -> new ActionSheet(objectiveId, conventionId));
        s.apply(checked);
        sheets.save(s);
    }

    /** Publishes the fiche action to the associations, or withdraws it (the objectives' editors). */
    public void publish(long conventionId, long objectiveId, boolean published) {
        access.require(conventionId, ObjectiveService.EDITORS);
        if (!objectives.leaves(conventionId).contains(objectiveId)) {
            throw new BusinessRuleException("actionSheet.error.notLeaf");
        }
        ActionSheet s = sheets.findByObjectiveId(objectiveId).orElseGet(() -> new ActionSheet(objectiveId, conventionId));
        s.setPublished(published);
        sheets.save(s);
    }

    private ActionSheetDraft checked(long conventionId, ActionSheetDraft given) {
        ActionSheetDraft d = given == null ? ActionSheetDraft.empty() : given;
        String target = text(d.targetPublic(), "actionSheet.error.targetPublic");
        String territory = text(d.territory(), "actionSheet.error.territory");
        String partners = text(d.partners(), "actionSheet.error.partners");
        String schedule = text(d.schedule(), "actionSheet.error.schedule");
        List<ActionSheetDraft.BudgetLine> budget = new ArrayList<>();
        for (ActionSheetDraft.BudgetLine b : d.budget()) {
            if (b == null) {
                throw new BusinessRuleException("actionSheet.error.funder");
            }
            String funder = b.funder() == null ? "" : b.funder().strip();
            if (funder.isEmpty() || funder.length() > 200) {
                throw new BusinessRuleException("actionSheet.error.funder");
            }
            if (b.amount() == null || b.amount().signum() < 0 || b.amount().compareTo(MAX_AMOUNT) > 0) {
                throw new BusinessRuleException("actionSheet.error.amount", funder);
            }
            budget.add(new ActionSheetDraft.BudgetLine(funder, b.amount().setScale(2, RoundingMode.HALF_UP)));
        }
        Set<Long> known = indicators.catalogue(conventionId).stream().map(IndicatorSummary::id)
                .collect(Collectors.toSet());
        if (!known.containsAll(d.indicatorIds())) {
            throw new BusinessRuleException("actionSheet.error.indicator");
        }
        return new ActionSheetDraft(target, territory, partners, schedule, budget, d.indicatorIds());
    }

    private static String text(String value, String key) {
        String v = value == null ? "" : value.strip();
        if (v.length() > MAX_TEXT) {
            throw new BusinessRuleException(key, MAX_TEXT);
        }
        return v.isEmpty() ? null : v;
    }
}
