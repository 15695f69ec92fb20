package fr.ctg.objective;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.FieldRef;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.objective.internal.Objective;
import fr.ctg.objective.internal.ObjectiveRepository;
import fr.ctg.security.ConventionAccess;
import fr.ctg.security.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shared objectives of a convention (Article 4). */
@Service
@Transactional(readOnly = true)
public class ObjectiveService {

    /** Who may create and change objectives: the comité de pilotage and the secretariat. */
    public static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER);

    static final int MAX_TITLE = 300;

    private final ObjectiveRepository objectives;
    private final ConventionService conventions;
    private final ConventionAccess access;

    ObjectiveService(ObjectiveRepository objectives, ConventionService conventions, ConventionAccess access) {
        this.objectives = objectives;
        this.conventions = conventions;
        this.access = access;
    }

    /** The objectives grouped by field of intervention, fields in their order (readers of the convention). */
    public List<FieldObjectives> byField(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        Map<Long, ThematicGroupRef> groups = conventions.thematicGroups(conventionId).stream()
                .collect(Collectors.toMap(ThematicGroupRef::id, Function.identity()));
        List<ObjectiveSummary> all = objectives.findByConventionIdOrderByPosition(conventionId).stream()
                .map(o -> summary(o, groups)).toList();
        return conventions.fields(conventionId).stream().map(field -> {
            List<ObjectiveSummary> inField = all.stream().filter(o -> o.fieldId() == field.id()).toList();
            Map<ObjectiveStatus, Long> counts = new EnumMap<>(ObjectiveStatus.class);
            inField.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
            return new FieldObjectives(field, inField, counts);
        }).toList();
    }

    /** Creates an objective in one of the convention's fields (COPIL members, secretariat, admin). */
    @Transactional
    public long create(long conventionId, NewObjective cmd) {
        access.require(conventionId, EDITORS);
        String title = cmd.title() == null ? "" : cmd.title().strip();
        if (title.isEmpty()) {
            throw new BusinessRuleException("objective.error.titleRequired");
        }
        if (title.length() > MAX_TITLE) {
            throw new BusinessRuleException("objective.error.titleTooLong", MAX_TITLE);
        }
        if (cmd.progress() < 0 || cmd.progress() > 100) {
            throw new BusinessRuleException("objective.error.progress");
        }
        if (cmd.status() == null) {
            throw new BusinessRuleException("objective.error.status");
        }
        Set<Long> fieldIds = conventions.fields(conventionId).stream().map(FieldRef::id).collect(Collectors.toSet());
        if (!fieldIds.contains(cmd.fieldId())) {
            throw new BusinessRuleException("objective.error.field");
        }
        Set<Long> groupIds = conventions.thematicGroups(conventionId).stream().map(ThematicGroupRef::id)
                .collect(Collectors.toSet());
        if (!groupIds.containsAll(cmd.thematicGroupIds())) {
            throw new BusinessRuleException("objective.error.group");
        }
        int position = objectives.countByConventionId(conventionId) + 1;
        return objectives.save(new Objective(conventionId, cmd.fieldId(), position, title, cmd.description(),
                cmd.status(), cmd.progress(), cmd.thematicGroupIds())).getId();
    }

    private static ObjectiveSummary summary(Objective o, Map<Long, ThematicGroupRef> groups) {
        return new ObjectiveSummary(o.getId(), o.getFieldId(), o.getPosition(), o.getTitle(), o.getDescription(),
                o.getStatus(), o.getProgress(),
                o.getThematicGroupIds().stream().map(groups::get).filter(java.util.Objects::nonNull)
                        .sorted(java.util.Comparator.comparingInt(ThematicGroupRef::position)).toList());
    }
}
