package fr.ctg.objective;

import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.objective.internal.Objective;
import fr.ctg.objective.internal.ObjectiveRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shared objectives of a convention (Article 4): lists with roll-ups, and creation. */
@Service
@Transactional(readOnly = true)
public class ObjectiveService {

    /** Who may create and change objectives: the comité de pilotage and the secretariat. */
    public static final Set<Role> EDITORS = Role.CONVENTION_EDITORS;

    private final ObjectiveRepository objectives;
    private final ConventionService conventions;
    private final ConventionAccessService access;
    private final ObjectiveValidator validator;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ObjectiveService(ObjectiveRepository objectives, ConventionService conventions, ConventionAccessService access,
                     ObjectiveValidator validator, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.objectives = objectives;
        this.conventions = conventions;
        this.access = access;
        this.validator = validator;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The objectives grouped by field of intervention, fields in their order (readers of the convention). */
    public List<FieldObjectives> byField(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        Map<Long, ThematicGroupRef> groups = conventions.thematicGroups(conventionId).stream()
                .collect(Collectors.toMap(ThematicGroupRef::id, Function.identity()));
        List<Objective> all = objectives.findByConventionIdOrderByPosition(conventionId);
        Map<Long, List<Objective>> childrenOf = all.stream().filter(o -> o.getParentId() != null)
                .collect(Collectors.groupingBy(Objective::getParentId));
        return conventions.fields(conventionId).stream().map(field -> {
            List<ObjectiveSummary> inField = new ArrayList<>();
            List<int[]> topLevel = new ArrayList<>();
            for (Objective parent : all) {
                if (parent.getParentId() != null || !parent.getFieldId().equals(field.id())) {
                    continue;
                }
                List<Objective> children = childrenOf.getOrDefault(parent.getId(), List.of());
                int effective = children.isEmpty() ? parent.getProgress()
                        : weightedProgress(children.stream().map(c -> new int[] {c.getProgress(), c.getWeight()}).toList());
                inField.add(summary(parent, effective, groups));
                children.forEach(c -> inField.add(summary(c, c.getProgress(), groups)));
                topLevel.add(new int[] {effective, parent.getWeight()});
            }
            Map<ObjectiveStatus, Long> counts = new EnumMap<>(ObjectiveStatus.class);
            inField.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
            return new FieldObjectives(field, inField, counts, topLevel.isEmpty() ? null : weightedProgress(topLevel));
        }).toList();
    }

    /** Creates an objective in one of the convention's fields (COPIL members, secretariat, admin). */
    @Transactional
    public long create(long conventionId, NewObjective cmd) {
        access.require(conventionId, EDITORS);
        ObjectiveDraft draft = new ObjectiveDraft(cmd.title(), cmd.description(), cmd.fieldId(),
                cmd.thematicGroupIds(), Set.of(), Set.of(), cmd.status(), cmd.progress(), null, null, null, null, 1);
        validator.validate(conventionId, null, draft);
        int position = objectives.countByConventionId(conventionId) + 1;
        Objective saved = objectives.saveAndFlush(new Objective(conventionId, position, draft));
        CtgUser user = currentUser.require();
        events.publishEvent(new ObjectiveChanged(conventionId, saved.getId(), saved.getVersion(), user.accountId(),
                user.displayName(), EnumSet.allOf(ObjectiveField.class), draft));
        return saved.getId();
    }

    /**
     * Carries an objective of the convention a renewal comes from into the new one (editors of the new convention,
     * readers of the old): its title, description, expected results and weight, in the given field, groups and
     * parent; it starts again as planned, with its link to the objective it carries over (and so to its history).
     */
    @Transactional
    public long carryOver(long conventionId, long fromObjectiveId, long fieldId, Set<Long> thematicGroupIds,
                          Long parentId) {
        access.require(conventionId, EDITORS);
        Objective from = objectives.findById(fromObjectiveId).orElseThrow(NotFoundException::new);
        access.require(from.getConventionId(), Role.CONVENTION_READERS);
        ObjectiveDraft old = from.toDraft();
        ObjectiveDraft draft = new ObjectiveDraft(old.title(), old.description(), fieldId, thematicGroupIds, Set.of(),
                old.pilotNames(), ObjectiveStatus.PLANNED, 0, null, null, old.expectedResults(), parentId, old.weight());
        validator.validate(conventionId, null, draft);
        int position = objectives.countByConventionId(conventionId) + 1;
        Objective copy = new Objective(conventionId, position, draft);
        copy.carriesOver(fromObjectiveId);
        Objective saved = objectives.saveAndFlush(copy);
        CtgUser user = currentUser.require();
        events.publishEvent(new ObjectiveChanged(conventionId, saved.getId(), saved.getVersion(), user.accountId(),
                user.displayName(), EnumSet.allOf(ObjectiveField.class), draft));
        return saved.getId();
    }

    /** The objective an objective carries over from the convention it renews, if any (readers of its convention). */
    @Transactional(readOnly = true)
    public Optional<Long> carriedFrom(long objectiveId) {
        Objective o = objectives.findById(objectiveId).orElseThrow(NotFoundException::new);
        access.require(o.getConventionId(), Role.CONVENTION_READERS);
        return Optional.ofNullable(o.getCarriedFromId());
    }

    /**
     * The objectives of the convention with these ids as they stand, for any member (associations included): the
     * action plan asks only for those whose fiche is published to them, and answers for that choice.
     */
    @Transactional(readOnly = true)
    public List<ObjectiveState> shownToMembers(long conventionId, Set<Long> ids) {
        access.require(conventionId, Role.ANY_MEMBER);
        return objectives.findByConventionIdOrderByPosition(conventionId).stream()
                .filter(o -> ids.contains(o.getId()))
                .map(o -> new ObjectiveState(o.getId(), o.getPosition(), o.toDraft())).toList();
    }

    /** The ids of the objectives of the convention that have no sub-objective (readers of the convention). */
    @Transactional(readOnly = true)
    public Set<Long> leaves(long conventionId) {
        access.require(conventionId, Role.ANY_MEMBER);
        List<Objective> all = objectives.findByConventionIdOrderByPosition(conventionId);
        Set<Long> parents = all.stream().map(Objective::getParentId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return all.stream().map(Objective::getId).filter(id -> !parents.contains(id)).collect(Collectors.toSet());
    }

    /** Weighted average of (progress, weight) pairs, rounded to the nearest percent. */
    static int weightedProgress(List<int[]> progressAndWeight) {
        long total = 0;
        long weights = 0;
        for (int[] pw : progressAndWeight) {
            total += (long) pw[0] * pw[1];
            weights += pw[1];
        }
        return weights == 0 ? 0 : (int) Math.round((double) total / weights);
    }

    private static ObjectiveSummary summary(Objective o, int effective, Map<Long, ThematicGroupRef> groups) {
        return new ObjectiveSummary(o.getId(), o.getFieldId(), o.getParentId(), o.getPosition(), o.getTitle(),
                o.getDescription(), o.getStatus(), o.getProgress(), o.getWeight(), effective,
                o.getThematicGroupIds().stream().map(groups::get).filter(Objects::nonNull)
                        .sorted(Comparator.comparingInt(ThematicGroupRef::position)).toList());
    }
}
