package fr.ctg.objective;

import fr.ctg.convention.ConventionService;
import fr.ctg.convention.FieldRef;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.objective.internal.Objective;
import fr.ctg.objective.internal.ObjectiveRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.MemberSummary;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The rules an objective must keep, checked in the service before anything is written. */
@Component
class ObjectiveValidator {

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 20_000;

    private final ConventionService conventions;
    private final AccountService accounts;
    private final ObjectiveRepository objectives;

    ObjectiveValidator(ConventionService conventions, AccountService accounts, ObjectiveRepository objectives) {
        this.conventions = conventions;
        this.accounts = accounts;
        this.objectives = objectives;
    }

    /** Throws {@link ObjectiveValidationException} on the first broken rule. */
    void validate(long conventionId, Long objectiveId, ObjectiveDraft d) {
        validate(conventionId, objectiveId, d, EnumSet.allOf(ObjectiveField.class));
    }

    /**
     * The same for a save that changes only {@code changed}: the references it keeps (field, thematic groups, pilots,
     * parent) were checked when they were set and cannot go away while used (the settings refuse it), so they are
     * read from the database only when they change — a progress update reads nothing here.
     */
    void validate(long conventionId, Long objectiveId, ObjectiveDraft d, Set<ObjectiveField> changed) {
        if (d.title().isEmpty()) {
            throw new ObjectiveValidationException(ObjectiveField.TITLE, "objective.error.titleRequired");
        }
        if (d.title().length() > MAX_TITLE) {
            throw new ObjectiveValidationException(ObjectiveField.TITLE, "objective.error.titleTooLong", MAX_TITLE);
        }
        if (d.description().length() > MAX_TEXT) {
            throw new ObjectiveValidationException(ObjectiveField.DESCRIPTION, "objective.error.textTooLong", MAX_TEXT);
        }
        if (d.expectedResults().length() > MAX_TEXT) {
            throw new ObjectiveValidationException(ObjectiveField.EXPECTED_RESULTS, "objective.error.textTooLong",
                    MAX_TEXT);
        }
        if (d.status() == null) {
            throw new ObjectiveValidationException(ObjectiveField.STATUS, "objective.error.status");
        }
        if (d.progress() < 0 || d.progress() > 100) {
            throw new ObjectiveValidationException(ObjectiveField.PROGRESS, "objective.error.progress");
        }
        if (d.weight() < 1 || d.weight() > 100) {
            throw new ObjectiveValidationException(ObjectiveField.WEIGHT, "objective.error.weight");
        }
        if (d.startDate() != null && d.plannedEndDate() != null && d.plannedEndDate().isBefore(d.startDate())) {
            throw new ObjectiveValidationException(ObjectiveField.PLANNED_END_DATE, "objective.error.endBeforeStart");
        }
        if (d.pilotNames().stream().anyMatch(n -> n.length() > 200)) {
            throw new ObjectiveValidationException(ObjectiveField.PILOTS, "objective.error.pilotName");
        }
        if (d.fieldId() == null) {
            throw new ObjectiveValidationException(ObjectiveField.FIELD, "objective.error.field");
        }
        if (changed.contains(ObjectiveField.FIELD)) {
            Set<Long> fieldIds = conventions.fields(conventionId).stream().map(FieldRef::id).collect(Collectors.toSet());
            if (!fieldIds.contains(d.fieldId())) {
                throw new ObjectiveValidationException(ObjectiveField.FIELD, "objective.error.field");
            }
        }
        if (changed.contains(ObjectiveField.THEMATIC_GROUPS) && !d.thematicGroupIds().isEmpty()) {
            Set<Long> groupIds = conventions.thematicGroups(conventionId).stream().map(ThematicGroupRef::id)
                    .collect(Collectors.toSet());
            if (!groupIds.containsAll(d.thematicGroupIds())) {
                throw new ObjectiveValidationException(ObjectiveField.THEMATIC_GROUPS, "objective.error.group");
            }
        }
        if (changed.contains(ObjectiveField.PILOTS) && !d.pilotAccountIds().isEmpty()) {
            Set<Long> members = accounts.members(conventionId).stream().map(MemberSummary::accountId)
                    .collect(Collectors.toSet());
            if (!members.containsAll(d.pilotAccountIds())) {
                throw new ObjectiveValidationException(ObjectiveField.PILOTS, "objective.error.pilot");
            }
        }
        if (changed.contains(ObjectiveField.PARENT)) {
            validateParent(conventionId, objectiveId, d.parentId());
        }
    }

    private void validateParent(long conventionId, Long objectiveId, Long parentId) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(objectiveId)) {
            throw new ObjectiveValidationException(ObjectiveField.PARENT, "objective.error.parentSelf");
        }
        Objective parent = objectives.findById(parentId)
                .filter(p -> p.getConventionId() == conventionId)
                .orElseThrow(() -> new ObjectiveValidationException(ObjectiveField.PARENT, "objective.error.parent"));
        if (parent.getParentId() != null) {
            throw new ObjectiveValidationException(ObjectiveField.PARENT, "objective.error.parentDepth");
        }
        if (objectiveId != null && objectives.existsByParentId(objectiveId)) {
            throw new ObjectiveValidationException(ObjectiveField.PARENT, "objective.error.hasChildren");
        }
    }
}
