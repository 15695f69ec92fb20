package fr.ctg.objective;

import fr.ctg.base.NotFoundException;
import fr.ctg.base.audit.AuditRevision;
import fr.ctg.base.diff.WordDiff;
import fr.ctg.objective.internal.Objective;
import fr.ctg.objective.internal.ObjectiveRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every saved version of an objective (Envers), and the differences between any two of them. */
@Service
@Transactional(readOnly = true)
public class ObjectiveHistoryService {

    private final ObjectiveRepository objectives;
    private final ConventionAccessService access;
    private final EntityManager em;

    ObjectiveHistoryService(ObjectiveRepository objectives, ConventionAccessService access, EntityManager em) {
        this.objectives = objectives;
        this.access = access;
        this.em = em;
    }

    /** The versions, newest first, each with the fields it changed from the previous one. */
    public List<ObjectiveRevision> history(long objectiveId) {
        requireReader(objectiveId);
        List<?> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Objective.class, false, true)
                .add(AuditEntity.id().eq(objectiveId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<ObjectiveRevision> result = new ArrayList<>();
        ObjectiveDraft previous = null;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Objective state = (Objective) r[0];
            AuditRevision rev = (AuditRevision) r[1];
            ObjectiveDraft draft = state.toDraft();
            var changed = previous == null ? EnumSet.allOf(ObjectiveField.class)
                    : ObjectiveEditingService.changedFields(previous, draft);
            result.add(new ObjectiveRevision(rev.getId(), state.getVersion(), Instant.ofEpochMilli(rev.getTimestamp()),
                    rev.getUsername(), rev.getDisplayName(), changed));
            previous = draft;
        }
        return result.reversed();
    }

    /** What changed between two revisions of the objective (in either order: from the older to the newer). */
    public ObjectiveDiff diff(long objectiveId, long revisionA, long revisionB) {
        requireReader(objectiveId);
        long from = Math.min(revisionA, revisionB);
        long to = Math.max(revisionA, revisionB);
        AuditReader reader = AuditReaderFactory.get(em);
        ObjectiveDraft before = state(reader, objectiveId, from);
        ObjectiveDraft after = state(reader, objectiveId, to);
        List<ObjectiveDiff.FieldChange> changes = new ArrayList<>();
        for (ObjectiveField f : ObjectiveField.values()) {
            Object b = f.valueIn(before);
            Object a = f.valueIn(after);
            if (!Objects.equals(b, a)) {
                changes.add(new ObjectiveDiff.FieldChange(f, b, a,
                        f.isText() ? WordDiff.diff((String) b, (String) a) : List.of()));
            }
        }
        return new ObjectiveDiff(from, to, changes);
    }

    /** The state of the objective at a revision (readers of its convention). */
    public ObjectiveDraft stateAt(long objectiveId, long revision) {
        requireReader(objectiveId);
        return state(AuditReaderFactory.get(em), objectiveId, revision);
    }

    /** Every objective of the convention as it stood at a revision, in their order (readers of the convention). */
    @SuppressWarnings("unchecked")
    public List<ObjectiveState> atRevision(long conventionId, long revision) {
        access.require(conventionId, Role.CONVENTION_READERS);
        List<Objective> list = AuditReaderFactory.get(em).createQuery()
                .forEntitiesAtRevision(Objective.class, revision)
                .add(AuditEntity.property("conventionId").eq(conventionId))
                .getResultList();
        return states(list);
    }

    /** Every objective of the convention now, in their order (readers of the convention). */
    public List<ObjectiveState> current(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return states(objectives.findByConventionIdOrderByPosition(conventionId));
    }

    private static List<ObjectiveState> states(List<Objective> list) {
        return list.stream()
                .sorted(Comparator.comparing((Objective o) -> o.getFieldId()).thenComparingInt(Objective::getPosition)
                        .thenComparing(Objective::getId))
                .map(o -> new ObjectiveState(o.getId(), o.getPosition(), o.toDraft())).toList();
    }

    private static ObjectiveDraft state(AuditReader reader, long objectiveId, long revision) {
        Objective o = reader.find(Objective.class, objectiveId, revision);
        if (o == null) {
            throw new NotFoundException();
        }
        return o.toDraft();
    }

    private void requireReader(long objectiveId) {
        Objective o = objectives.findById(objectiveId).orElseThrow(NotFoundException::new);
        access.require(o.getConventionId(), Role.CONVENTION_READERS);
    }
}
