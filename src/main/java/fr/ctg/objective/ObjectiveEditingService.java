package fr.ctg.objective;

import fr.ctg.base.NotFoundException;
import fr.ctg.base.audit.AuditRevision;
import fr.ctg.base.merge.FieldMerge;
import fr.ctg.objective.internal.Objective;
import fr.ctg.objective.internal.ObjectiveRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and saving one objective without lost updates. A save names the version the person started
 * from; saves of the same objective queue on a row lock; if others saved meanwhile, their changes and
 * the person's are merged field by field, and a real conflict (same field, different values) stops the
 * save and returns both values.
 */
@Service
@Transactional
public class ObjectiveEditingService {

    /** Who may comment: editors, follow-up members and evaluation referents. */
    public static final Set<Role> COMMENTERS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER,
            Role.FOLLOW_UP_MEMBER, Role.EVALUATION_REFERENT);

    /** A draft no real version equals, standing for a starting version that cannot be found. */
    private static final ObjectiveDraft UNKNOWN_BASE = new ObjectiveDraft("\u0000", "\u0000", -1L,
            Set.of(-1L), Set.of(-1L), Set.of("\u0000"), null, -1, null, null, "\u0000", -1L, -1);

    private final ObjectiveRepository objectives;
    private final ObjectiveValidator validator;
    private final ConventionAccessService access;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final ApplicationEventPublisher events;

    ObjectiveEditingService(ObjectiveRepository objectives, ObjectiveValidator validator, ConventionAccessService access,
                     CurrentUser currentUser, EntityManager em, ApplicationEventPublisher events) {
        this.objectives = objectives;
        this.validator = validator;
        this.access = access;
        this.currentUser = currentUser;
        this.em = em;
        this.events = events;
    }

    /** The objective for the editor (readers of its convention). */
    @Transactional(readOnly = true)
    public ObjectiveDetails get(long objectiveId) {
        Objective o = objectives.findById(objectiveId).orElseThrow(NotFoundException::new);
        Set<Role> roles = access.require(o.getConventionId(), Role.CONVENTION_READERS);
        return details(o, roles);
    }

    /**
     * Saves a draft made from {@code baseVersion}. Returns {@link SaveOutcome.Saved} (possibly merged)
     * or {@link SaveOutcome.Conflict}, in which case nothing was written.
     */
    public SaveOutcome save(long objectiveId, long baseVersion, ObjectiveDraft draft) {
        Objective o = objectives.findForUpdate(objectiveId).orElseThrow(NotFoundException::new);
        Set<Role> roles = access.require(o.getConventionId(), ObjectiveService.EDITORS);
        ObjectiveDraft current = o.toDraft();
        ObjectiveDraft toSave = draft;
        Set<ObjectiveField> fromOthers = EnumSet.noneOf(ObjectiveField.class);
        if (o.getVersion() != baseVersion) {
            // the version the person started from; if it cannot be found, every difference is a question
            ObjectiveDraft base = stateAtVersion(objectiveId, baseVersion).orElse(UNKNOWN_BASE);
            ObjectiveMerge.Result merge = ObjectiveMerge.merge(base, draft, current);
            if (merge.hasConflicts()) {
                ObjectiveDetails now = details(o, roles);
                return new SaveOutcome.Conflict(now, merge.merged(), merge.conflicts(), now.updatedBy());
            }
            toSave = merge.merged();
            fromOthers = merge.takenFromOthers();
        }
        Set<ObjectiveField> changed = changedFields(current, toSave);
        validator.validate(o.getConventionId(), objectiveId, toSave, changed);
        if (changed.isEmpty()) {
            return new SaveOutcome.Saved(details(o, roles), fromOthers);
        }
        o.apply(toSave);
        objectives.saveAndFlush(o);
        CtgUser user = currentUser.require();
        events.publishEvent(new ObjectiveChanged(o.getConventionId(), objectiveId, o.getVersion(), user.accountId(),
                user.displayName(), changed, toSave));
        // Envers writes this revision at commit: the editor's name is known here already
        return new SaveOutcome.Saved(details(o, roles, user.displayName()), fromOthers);
    }

    /** Saves an old revision's state as a new version (through {@link #save}, so nothing is lost). */
    public SaveOutcome restore(long objectiveId, long revision, long baseVersion) {
        Objective o = objectives.findById(objectiveId).orElseThrow(NotFoundException::new);
        access.require(o.getConventionId(), ObjectiveService.EDITORS);
        Objective old = AuditReaderFactory.get(em).find(Objective.class, objectiveId, revision);
        if (old == null) {
            throw new NotFoundException();
        }
        return save(objectiveId, baseVersion, old.toDraft());
    }

    static Set<ObjectiveField> changedFields(ObjectiveDraft before, ObjectiveDraft after) {
        Set<ObjectiveField> changed = FieldMerge.changed(Arrays.asList(ObjectiveField.values()), ObjectiveMerge.FIELDS,
                before, after);
        return changed.isEmpty() ? EnumSet.noneOf(ObjectiveField.class) : EnumSet.copyOf(changed);
    }

    private Optional<ObjectiveDraft> stateAtVersion(long objectiveId, long version) {
        @SuppressWarnings("unchecked")
        List<Objective> states = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Objective.class, true, false)
                .add(AuditEntity.id().eq(objectiveId))
                .add(AuditEntity.property("version").eq(version))
                .getResultList();
        return states.stream().findFirst().map(Objective::toDraft);
    }

    private ObjectiveDetails details(Objective o, Set<Role> roles) {
        return details(o, roles, lastEditorName(o));
    }

    private ObjectiveDetails details(Objective o, Set<Role> roles, String lastEditor) {
        List<Objective> children = o.children();
        List<ObjectiveDetails.ObjectiveRef> refs = children.stream()
                .map(c -> new ObjectiveDetails.ObjectiveRef(c.getId(), c.getTitle(), c.getProgress(), c.getWeight()))
                .toList();
        Integer rolledUp = refs.isEmpty() ? null : ObjectiveService.weightedProgress(
                refs.stream().map(r -> new int[] {r.progress(), r.weight()}).toList());
        boolean canEdit = roles.stream().anyMatch(ObjectiveService.EDITORS::contains);
        boolean canComment = roles.stream().anyMatch(COMMENTERS::contains);
        return new ObjectiveDetails(o.getId(), o.getConventionId(), o.getVersion(), o.toDraft(), o.getUpdatedAt(),
                lastEditor, refs, rolledUp, canEdit, canComment);
    }

    /** The display name recorded with the objective's latest revision (its user name if none). */
    private String lastEditorName(Objective o) {
        List<?> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Objective.class, false, true)
                .add(AuditEntity.id().eq(o.getId()))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        if (!rows.isEmpty() && ((Object[]) rows.getFirst())[1] instanceof AuditRevision rev) {
            return rev.getDisplayName();
        }
        return o.getUpdatedBy();
    }
}
