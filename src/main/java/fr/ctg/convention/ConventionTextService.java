package fr.ctg.convention;

import fr.ctg.base.AbstractEntity;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.audit.AuditRevision;
import fr.ctg.base.diff.WordDiff;
import fr.ctg.base.merge.FieldMerge;
import fr.ctg.convention.internal.Annex;
import fr.ctg.convention.internal.AnnexRepository;
import fr.ctg.convention.internal.Article;
import fr.ctg.convention.internal.ArticleRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The convention's articles and annexes, edited together like the objectives: a save names the version the person
 * started from; saves of one part queue on a row lock; if others saved meanwhile, both sides are merged field by
 * field ({@link FieldMerge}) and a real conflict saves nothing and returns both values. Every version is kept
 * (Envers) and any two compare word by word.
 */
@Service
@Transactional
public class ConventionTextService {


    static final int MAX_BODY = 100_000;

    private static final FieldMerge.Fields<TextDraft, TextPartField> FIELDS = new FieldMerge.Fields<>() {
        @Override
        public Object valueOf(TextPartField field, TextDraft record) {
            return field.valueIn(record);
        }

        @Override
        public TextDraft with(TextDraft record, TextPartField field, Object value) {
            return record.with(field, value);
        }
    };

    /** A draft no real version equals, standing for a starting version that cannot be found. */
    private static final TextDraft UNKNOWN_BASE = new TextDraft("\u0000", "\u0000", false);

    private final ArticleRepository articles;
    private final AnnexRepository annexes;
    private final ConventionAccessService access;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final ApplicationEventPublisher events;

    ConventionTextService(ArticleRepository articles, AnnexRepository annexes, ConventionAccessService access,
                          CurrentUser currentUser, EntityManager em, ApplicationEventPublisher events) {
        this.articles = articles;
        this.annexes = annexes;
        this.access = access;
        this.currentUser = currentUser;
        this.em = em;
        this.events = events;
    }

    /** The fields a part has: an annex also says whether it is joined. */
    public static List<TextPartField> fields(TextPart part) {
        return part == TextPart.ARTICLE ? List.of(TextPartField.TITLE, TextPartField.BODY)
                : List.of(TextPartField.TITLE, TextPartField.BODY, TextPartField.PROVIDED);
    }

    /** An article or an annex for its editor (readers of the convention). */
    @Transactional(readOnly = true)
    public TextPartDetails get(long conventionId, TextPart part, int number) {
        Set<Role> roles = access.require(conventionId, Role.CONVENTION_READERS);
        AbstractEntity e = find(conventionId, part, number, false);
        return details(conventionId, part, number, e, roles, lastEditorName(part, e));
    }

    /** Saves a draft made from {@code baseVersion} (the convention's editors): saved, merged, or a conflict. */
    public TextSaveOutcome save(long conventionId, TextPart part, int number, long baseVersion, TextDraft draft) {
        Set<Role> roles = access.require(conventionId, Role.CONVENTION_EDITORS);
        AbstractEntity e = find(conventionId, part, number, true);
        TextDraft current = draftOf(e);
        TextDraft toSave = part == TextPart.ARTICLE ? draft.with(TextPartField.PROVIDED, true) : draft;
        Set<TextPartField> fromOthers = EnumSet.noneOf(TextPartField.class);
        if (e.getVersion() != baseVersion) {
            TextDraft base = stateAtVersion(part, e.getId(), baseVersion).orElse(UNKNOWN_BASE);
            FieldMerge.Result<TextDraft, TextPartField> merge = FieldMerge.merge(fields(part), FIELDS, base, toSave,
                    current);
            if (merge.hasConflicts()) {
                TextPartDetails now = details(conventionId, part, number, e, roles, lastEditorName(part, e));
                return new TextSaveOutcome.Conflict(now, merge.merged(), merge.conflicts(), now.updatedBy());
            }
            toSave = merge.merged();
            fromOthers.addAll(merge.takenFromOthers());
        }
        validate(part, toSave);
        if (FieldMerge.changed(fields(part), FIELDS, current, toSave).isEmpty()) {
            return new TextSaveOutcome.Saved(details(conventionId, part, number, e, roles, lastEditorName(part, e)),
                    fromOthers);
        }
        apply(e, toSave);
        em.flush();
        CtgUser user = currentUser.require();
        events.publishEvent(new ConventionTextChanged(conventionId, part, number, e.getVersion(), user.accountId(),
                user.displayName(), toSave));
        return new TextSaveOutcome.Saved(details(conventionId, part, number, e, roles, user.displayName()),
                fromOthers);
    }

    /** Saves an old version's state as a new version (through {@link #save}, so nothing is lost). */
    public TextSaveOutcome restore(long conventionId, TextPart part, int number, long revision, long baseVersion) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        AbstractEntity e = find(conventionId, part, number, false);
        Object old = AuditReaderFactory.get(em).find(type(part), e.getId(), revision);
        if (old == null) {
            throw new NotFoundException();
        }
        return save(conventionId, part, number, baseVersion, draftOf(old));
    }

    /** Every saved version, newest first, each with the fields it changed (readers of the convention). */
    @Transactional(readOnly = true)
    public List<TextRevision> history(long conventionId, TextPart part, int number) {
        access.require(conventionId, Role.CONVENTION_READERS);
        AbstractEntity e = find(conventionId, part, number, false);
        List<?> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type(part), false, true)
                .add(AuditEntity.id().eq(e.getId()))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<TextRevision> result = new ArrayList<>();
        TextDraft previous = null;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            AuditRevision rev = (AuditRevision) r[1];
            TextDraft state = draftOf(r[0]);
            Set<TextPartField> changed = previous == null ? EnumSet.copyOf(fields(part))
                    : FieldMerge.changed(fields(part), FIELDS, previous, state);
            result.add(new TextRevision(rev.getId(), ((AbstractEntity) r[0]).getVersion(),
                    Instant.ofEpochMilli(rev.getTimestamp()), rev.getDisplayName(), changed));
            previous = state;
        }
        return result.reversed();
    }

    /** What changed between two versions (in either order: from the older to the newer), texts word by word. */
    @Transactional(readOnly = true)
    public TextDiff diff(long conventionId, TextPart part, int number, long revisionA, long revisionB) {
        access.require(conventionId, Role.CONVENTION_READERS);
        AbstractEntity e = find(conventionId, part, number, false);
        long from = Math.min(revisionA, revisionB);
        long to = Math.max(revisionA, revisionB);
        AuditReader reader = AuditReaderFactory.get(em);
        TextDraft before = draftOf(Objects.requireNonNull(orNotFound(reader.find(type(part), e.getId(), from))));
        TextDraft after = draftOf(Objects.requireNonNull(orNotFound(reader.find(type(part), e.getId(), to))));
        List<TextDiff.FieldChange> changes = new ArrayList<>();
        for (TextPartField f : fields(part)) {
            Object b = f.valueIn(before);
            Object a = f.valueIn(after);
            if (!Objects.equals(b, a)) {
                changes.add(new TextDiff.FieldChange(f, b, a,
                        f.isText() ? WordDiff.diff((String) b, (String) a) : List.of()));
            }
        }
        return new TextDiff(from, to, changes);
    }

    static void validate(TextPart part, TextDraft d) {
        if (d.title().isEmpty() || d.title().length() > 300) {
            throw new BusinessRuleException("convention.error.textTitle");
        }
        if (d.body().length() > MAX_BODY) {
            throw new BusinessRuleException("convention.error.textTooLong", MAX_BODY);
        }
        if (part == TextPart.ARTICLE && d.body().isBlank()) {
            throw new BusinessRuleException("convention.error.articleBody");
        }
    }

    private static <T> T orNotFound(T value) {
        if (value == null) {
            throw new NotFoundException();
        }
        return value;
    }

    private AbstractEntity find(long conventionId, TextPart part, int number, boolean lock) {
        Optional<? extends AbstractEntity> e = part == TextPart.ARTICLE
                ? (lock ? articles.findForUpdate(conventionId, number) : articles.find(conventionId, number))
                : (lock ? annexes.findForUpdate(conventionId, number) : annexes.find(conventionId, number));
        return e.orElseThrow(NotFoundException::new);
    }

    private static Class<? extends AbstractEntity> type(TextPart part) {
        return part == TextPart.ARTICLE ? Article.class : Annex.class;
    }

    static TextDraft draftOf(Object entity) {
        return switch (entity) {
            case Article a -> new TextDraft(a.getTitle(), a.getBody(), true);
            case Annex x -> new TextDraft(x.getTitle(), x.getDescription(), x.isProvided());
            default -> throw new IllegalArgumentException(entity.getClass().getName());
        };
    }

    private static void apply(AbstractEntity e, TextDraft d) {
        switch (e) {
            case Article a -> a.edit(d.title(), d.body());
            case Annex x -> x.edit(d.title(), d.body().isEmpty() ? null : d.body(), d.provided());
            default -> throw new IllegalArgumentException(e.getClass().getName());
        }
    }

    private Optional<TextDraft> stateAtVersion(TextPart part, long id, long version) {
        List<?> states = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type(part), true, false)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.property("version").eq(version))
                .getResultList();
        return states.stream().findFirst().map(ConventionTextService::draftOf);
    }

    private TextPartDetails details(long conventionId, TextPart part, int number, AbstractEntity e, Set<Role> roles,
                                    String lastEditor) {
        boolean canEdit = roles.stream().anyMatch(Role.CONVENTION_EDITORS::contains);
        return new TextPartDetails(conventionId, part, number, e.getId(), e.getVersion(), draftOf(e), e.getUpdatedAt(),
                lastEditor, canEdit);
    }

    private String lastEditorName(TextPart part, AbstractEntity e) {
        List<?> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type(part), false, true)
                .add(AuditEntity.id().eq(e.getId()))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        if (!rows.isEmpty() && ((Object[]) rows.getFirst())[1] instanceof AuditRevision rev) {
            return rev.getDisplayName();
        }
        return e.getUpdatedBy();
    }
}
