package fr.ctg.evaluation;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.audit.AuditRevision;
import fr.ctg.base.diff.WordDiff;
import fr.ctg.base.merge.FieldMerge;
import fr.ctg.contribution.CallService;
import fr.ctg.contribution.CallSummary;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.evaluation.internal.CallQuestionLink;
import fr.ctg.evaluation.internal.EvaluativeQuestion;
import fr.ctg.evaluation.internal.EvaluativeQuestionRepository;
import fr.ctg.indicator.IndicatorCatalogueService;
import fr.ctg.indicator.IndicatorSummary;
import fr.ctg.indicator.IndicatorValuesService;
import fr.ctg.indicator.ValueRow;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluative questions of Annexe 4. The convention's editors ({@link Role#CONVENTION_EDITORS}: administrators,
 * secretariat, COPIL) negotiate them, write them together — a save names the version the person started from; saves
 * of one question queue on a row lock; if others saved meanwhile, both sides are merged field by field
 * ({@link FieldMerge}) and a real conflict saves nothing and returns both values —, attach the indicators and
 * contribution questions that feed them, and carry them from negotiated to being evaluated to answered (who validated
 * the answer and when is recorded). Every other member who reads the convention reads them; associations do not.
 * Every version is kept (Envers) and any two compare word by word.
 */
@Service
@Transactional
public class EvaluativeQuestionService {

    static final int MAX_QUESTION = 2000;
    static final int MAX_TEXT = 50_000;

    private static final List<QuestionField> FIELDS = List.of(QuestionField.values());

    private static final FieldMerge.Fields<QuestionDraft, QuestionField> ACCESS = new FieldMerge.Fields<>() {
        @Override
        public Object valueOf(QuestionField field, QuestionDraft record) {
            return field.valueIn(record);
        }

        @Override
        public QuestionDraft with(QuestionDraft record, QuestionField field, Object value) {
            return record.with(field, (String) value);
        }
    };

    /** A draft no real version equals, standing for a starting version that cannot be found. */
    private static final QuestionDraft UNKNOWN_BASE = new QuestionDraft("\u0000", "\u0000", "\u0000", "\u0000");

    private final EvaluativeQuestionRepository questions;
    private final ConventionAccessService access;
    private final ConventionService conventions;
    private final IndicatorCatalogueService indicators;
    private final IndicatorValuesService indicatorValues;
    private final CallService calls;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvaluativeQuestionService(EvaluativeQuestionRepository questions, ConventionAccessService access,
                              ConventionService conventions, IndicatorCatalogueService indicators,
                              IndicatorValuesService indicatorValues, CallService calls, CurrentUser currentUser,
                              EntityManager em, ApplicationEventPublisher events, Clock clock) {
        this.questions = questions;
        this.access = access;
        this.conventions = conventions;
        this.indicators = indicators;
        this.indicatorValues = indicatorValues;
        this.calls = calls;
        this.currentUser = currentUser;
        this.em = em;
        this.events = events;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /** Every question of the convention, ordered by number; any reader of the convention (not associations). */
    @Transactional(readOnly = true)
    public List<EvaluativeQuestionDetails> questions(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        Context ctx = context(conventionId);
        return questions.findByConventionIdOrderByNumber(conventionId).stream().map(q -> details(q, ctx)).toList();
    }

    /** One question (readers of its convention; to anyone else it does not exist). */
    @Transactional(readOnly = true)
    public EvaluativeQuestionDetails question(long questionId) {
        EvaluativeQuestion q = readable(questionId);
        return details(q, context(q.getConventionId()));
    }

    /** Whether the caller may create, write, attach to, answer and validate the convention's questions. */
    @Transactional(readOnly = true)
    public boolean canEdit(long conventionId) {
        return access.require(conventionId, Role.CONVENTION_READERS).stream()
                .anyMatch(Role.CONVENTION_EDITORS::contains);
    }

    /** Who saved the question's last version (readers). */
    @Transactional(readOnly = true)
    public String lastEditor(long questionId) {
        return lastEditorName(readable(questionId));
    }

    /** The attached indicators with their latest value, its target and source, in the catalogue's order. */
    @Transactional(readOnly = true)
    public List<IndicatorFeedRow> indicators(long questionId) {
        EvaluativeQuestion q = readable(questionId);
        List<IndicatorFeedRow> rows = new ArrayList<>();
        for (IndicatorSummary i : indicators.catalogue(q.getConventionId())) {
            if (!q.getIndicatorIds().contains(i.id())) {
                continue;
            }
            List<ValueRow> series = indicatorValues.series(i.id());
            ValueRow last = series.isEmpty() ? null : series.getLast();
            rows.add(new IndicatorFeedRow(i.id(), i.code() == null ? "" : i.code(), i.name(), i.groupName(),
                    i.unit() == null ? "" : i.unit(), last == null ? null : last.period(),
                    last == null ? null : last.value(), last == null ? null : i.targetFor(last.period()),
                    last != null && last.source() != null ? last.source() : i.defaultSource(),
                    last != null && last.source() != null ? last.sourceDetail() : i.defaultSourceDetail()));
        }
        return rows;
    }

    /** The attached contribution questions, each with how many submitted answers it received. */
    @Transactional(readOnly = true)
    public List<CallQuestionFeedRow> callQuestions(long questionId) {
        EvaluativeQuestion q = readable(questionId);
        Map<Long, CallSummary> byId = callsOf(q.getConventionId());
        List<CallQuestionFeedRow> rows = new ArrayList<>();
        for (CallQuestionLink l : sortedLinks(q)) {
            CallSummary c = byId.get(l.getCallId());
            if (c != null && l.getQuestionIndex() < c.questionLabels().size()) {
                rows.add(new CallQuestionFeedRow(ref(c, l.getQuestionIndex()),
                        c.answerCounts().get(l.getQuestionIndex())));
            }
        }
        return rows;
    }

    /** Every question of the convention's calls for contributions, for attaching one (readers). */
    @Transactional(readOnly = true)
    public List<CallQuestionRef> callQuestionChoices(long conventionId) {
        List<CallQuestionRef> out = new ArrayList<>();
        for (CallSummary c : calls.summaries(conventionId)) {
            for (int i = 0; i < c.questionLabels().size(); i++) {
                out.add(ref(c, i));
            }
        }
        return out;
    }

    /** The convention's indicators, for attaching one (readers). */
    @Transactional(readOnly = true)
    public List<IndicatorSummary> indicatorChoices(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return indicators.catalogue(conventionId);
    }

    // --- writing -------------------------------------------------------------------------------------------------

    /** A question the COPIL negotiated, numbered after the convention's last one (editors). */
    public EvaluativeQuestionDetails create(long conventionId, NewEvaluativeQuestion n) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        QuestionDraft draft = new QuestionDraft(n.text(), n.criteria(), n.sources(), "");
        validate(draft);
        Set<Long> groups = groups(conventionId, n.track(), n.thematicGroupIds());
        EvaluativeQuestion q = new EvaluativeQuestion(conventionId, questions.maxNumber(conventionId) + 1,
                draft.text(), Objects.requireNonNull(n.track()), groups);
        q.edit(draft.text(), orNull(draft.criteria()), orNull(draft.sources()), null);
        try {
            questions.saveAndFlush(q);
        } catch (DataIntegrityViolationException sameNumber) {
            // Two editors created a question at the same moment and took the same number: this one is not saved.
            throw new BusinessRuleException("evaluation.error.createdMeanwhile");
        }
        return details(q, context(conventionId));
    }

    /** Changes the question's track and thematic groups (editors); not part of its co-edited versions. */
    public EvaluativeQuestionDetails classify(long questionId, @Nullable EvaluationTrack track,
                                              @Nullable Set<Long> thematicGroupIds) {
        EvaluativeQuestion q = forEditors(questionId);
        Set<Long> groups = groups(q.getConventionId(), track, thematicGroupIds);
        q.classify(Objects.requireNonNull(track), groups);
        em.flush();
        changed(q);
        return details(q, context(q.getConventionId()));
    }

    /** Saves a draft made from {@code baseVersion} (editors): saved, merged with others' changes, or a conflict. */
    public QuestionSaveOutcome save(long questionId, long baseVersion, QuestionDraft draft) {
        EvaluativeQuestion q = forEditors(questionId);
        QuestionDraft current = draftOf(q);
        QuestionDraft toSave = draft;
        Set<QuestionField> fromOthers = EnumSet.noneOf(QuestionField.class);
        if (q.getVersion() != baseVersion) {
            QuestionDraft base = stateAtVersion(q.getId(), baseVersion).orElse(UNKNOWN_BASE);
            FieldMerge.Result<QuestionDraft, QuestionField> merge = FieldMerge.merge(FIELDS, ACCESS, base, toSave,
                    current);
            if (merge.hasConflicts()) {
                EvaluativeQuestionDetails now = details(q, context(q.getConventionId()));
                return new QuestionSaveOutcome.Conflict(now, merge.merged(), merge.conflicts(), lastEditorName(q));
            }
            toSave = merge.merged();
            fromOthers.addAll(merge.takenFromOthers());
        }
        validate(toSave);
        Set<QuestionField> changed = FieldMerge.changed(FIELDS, ACCESS, current, toSave);
        if (changed.contains(QuestionField.ANSWER) && q.getStatus() == QuestionStatus.ANSWERED) {
            throw new BusinessRuleException("evaluation.error.answerValidated");
        }
        if (changed.isEmpty()) {
            return new QuestionSaveOutcome.Saved(details(q, context(q.getConventionId())), fromOthers);
        }
        q.edit(toSave.text(), orNull(toSave.criteria()), orNull(toSave.sources()), orNull(toSave.answer()));
        changed(q);
        return new QuestionSaveOutcome.Saved(details(q, context(q.getConventionId())), fromOthers);
    }

    /** Saves an old version's texts as a new version (through {@link #save}, so nothing is lost). */
    public QuestionSaveOutcome restore(long questionId, long revision, long baseVersion) {
        EvaluativeQuestion q = forEditors(questionId);
        EvaluativeQuestion old = AuditReaderFactory.get(em).find(EvaluativeQuestion.class, q.getId(), revision);
        if (old == null) {
            throw new NotFoundException();
        }
        return save(questionId, baseVersion, draftOf(old));
    }

    /** Negotiated → being evaluated (editors). */
    public EvaluativeQuestionDetails startEvaluation(long questionId) {
        EvaluativeQuestion q = forEditors(questionId);
        if (q.getStatus() != QuestionStatus.NEGOTIATED) {
            throw new BusinessRuleException("evaluation.error.notNegotiated");
        }
        q.startEvaluation();
        changed(q);
        return details(q, context(q.getConventionId()));
    }

    /** Being evaluated → answered: the answer as it stands is validated, by the caller, now (editors). */
    public EvaluativeQuestionDetails validateAnswer(long questionId) {
        EvaluativeQuestion q = forEditors(questionId);
        switch (q.getStatus()) {
            case ANSWERED -> throw new BusinessRuleException("evaluation.error.alreadyValidated",
                    q.getValidatedByName());
            case NEGOTIATED -> throw new BusinessRuleException("evaluation.error.notBeingEvaluated");
            case BEING_EVALUATED -> {
            }
        }
        if (q.getAnswer() == null || q.getAnswer().isBlank()) {
            throw new BusinessRuleException("evaluation.error.answerRequired");
        }
        CtgUser user = currentUser.require();
        q.validate(user.accountId(), user.displayName(), clock.instant());
        changed(q);
        return details(q, context(q.getConventionId()));
    }

    /** Answered → being evaluated again; the validation is withdrawn, the history keeps it (editors). */
    public EvaluativeQuestionDetails reopen(long questionId) {
        EvaluativeQuestion q = forEditors(questionId);
        if (q.getStatus() != QuestionStatus.ANSWERED) {
            throw new BusinessRuleException("evaluation.error.notAnswered");
        }
        q.reopen();
        changed(q);
        return details(q, context(q.getConventionId()));
    }

    /** Attaches an indicator of the question's convention (editors). */
    public EvaluativeQuestionDetails attachIndicator(long questionId, long indicatorId) {
        EvaluativeQuestion q = forEditors(questionId);
        boolean ours = indicators.catalogue(q.getConventionId()).stream().anyMatch(i -> i.id() == indicatorId);
        if (!ours) {
            throw new BusinessRuleException("evaluation.error.indicatorNotInConvention");
        }
        if (!q.getIndicatorIds().add(indicatorId)) {
            throw new BusinessRuleException("evaluation.error.indicatorAttached");
        }
        em.flush();
        return details(q, context(q.getConventionId()));
    }

    public EvaluativeQuestionDetails detachIndicator(long questionId, long indicatorId) {
        EvaluativeQuestion q = forEditors(questionId);
        if (!q.getIndicatorIds().remove(indicatorId)) {
            throw new BusinessRuleException("evaluation.error.notAttached");
        }
        em.flush();
        return details(q, context(q.getConventionId()));
    }

    /** Attaches a question (its position from 0) of a call for contributions of the question's convention (editors). */
    public EvaluativeQuestionDetails attachCallQuestion(long questionId, long callId, int questionIndex) {
        EvaluativeQuestion q = forEditors(questionId);
        CallSummary call = callsOf(q.getConventionId()).get(callId);
        if (call == null) {
            throw new BusinessRuleException("evaluation.error.callNotInConvention");
        }
        if (questionIndex < 0 || questionIndex >= call.questionLabels().size()) {
            throw new BusinessRuleException("evaluation.error.callQuestionIndex", questionIndex + 1,
                    call.questionLabels().size());
        }
        if (!q.getCallQuestions().add(new CallQuestionLink(callId, questionIndex))) {
            throw new BusinessRuleException("evaluation.error.callQuestionAttached");
        }
        em.flush();
        return details(q, context(q.getConventionId()));
    }

    public EvaluativeQuestionDetails detachCallQuestion(long questionId, long callId, int questionIndex) {
        EvaluativeQuestion q = forEditors(questionId);
        if (!q.getCallQuestions().remove(new CallQuestionLink(callId, questionIndex))) {
            throw new BusinessRuleException("evaluation.error.notAttached");
        }
        em.flush();
        return details(q, context(q.getConventionId()));
    }

    // --- history -------------------------------------------------------------------------------------------------

    /** Every saved version, newest first, each with the fields it changed and its status (readers). */
    @Transactional(readOnly = true)
    public List<QuestionRevision> history(long questionId) {
        EvaluativeQuestion q = readable(questionId);
        List<?> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(EvaluativeQuestion.class, false, true)
                .add(AuditEntity.id().eq(q.getId()))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<QuestionRevision> result = new ArrayList<>();
        QuestionDraft previous = null;
        QuestionStatus previousStatus = null;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            AuditRevision rev = (AuditRevision) r[1];
            EvaluativeQuestion state = (EvaluativeQuestion) r[0];
            QuestionDraft draft = draftOf(state);
            Set<QuestionField> changed = previous == null
                    ? FIELDS.stream().filter(f -> !f.valueIn(draft).isEmpty())
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionField.class)))
                    : FieldMerge.changed(FIELDS, ACCESS, previous, draft);
            boolean statusChanged = previousStatus != null && previousStatus != state.getStatus();
            result.add(new QuestionRevision(rev.getId(), state.getVersion(), Instant.ofEpochMilli(rev.getTimestamp()),
                    rev.getDisplayName(), changed, state.getStatus(), statusChanged));
            previous = draft;
            previousStatus = state.getStatus();
        }
        return result.reversed();
    }

    /** What changed between two versions (in either order: from the older to the newer), word by word (readers). */
    @Transactional(readOnly = true)
    public QuestionDiff diff(long questionId, long revisionA, long revisionB) {
        EvaluativeQuestion q = readable(questionId);
        long from = Math.min(revisionA, revisionB);
        long to = Math.max(revisionA, revisionB);
        AuditReader reader = AuditReaderFactory.get(em);
        EvaluativeQuestion before = orNotFound(reader.find(EvaluativeQuestion.class, q.getId(), from));
        EvaluativeQuestion after = orNotFound(reader.find(EvaluativeQuestion.class, q.getId(), to));
        QuestionDraft b = draftOf(before);
        QuestionDraft a = draftOf(after);
        List<QuestionDiff.FieldChange> changes = new ArrayList<>();
        for (QuestionField f : FIELDS) {
            if (!f.valueIn(b).equals(f.valueIn(a))) {
                changes.add(new QuestionDiff.FieldChange(f, f.valueIn(b), f.valueIn(a),
                        WordDiff.diff(f.valueIn(b), f.valueIn(a))));
            }
        }
        return new QuestionDiff(from, to, changes, before.getStatus(), after.getStatus());
    }

    // --- internals -----------------------------------------------------------------------------------------------

    /** What the details of a convention's questions need, read once. */
    private record Context(Map<Long, ThematicGroupRef> groups, Map<Long, CallSummary> calls) {
    }

    private Context context(long conventionId) {
        return new Context(conventions.thematicGroups(conventionId).stream()
                .collect(Collectors.toMap(ThematicGroupRef::id, Function.identity())), callsOf(conventionId));
    }

    private Map<Long, CallSummary> callsOf(long conventionId) {
        return calls.summaries(conventionId).stream().collect(Collectors.toMap(CallSummary::id, Function.identity()));
    }

    private static CallQuestionRef ref(CallSummary c, int index) {
        return new CallQuestionRef(c.id(), index, c.title(), c.questionLabels().get(index));
    }

    private static List<CallQuestionLink> sortedLinks(EvaluativeQuestion q) {
        return q.getCallQuestions().stream().sorted(Comparator.comparingLong(CallQuestionLink::getCallId)
                .thenComparingInt(CallQuestionLink::getQuestionIndex)).toList();
    }

    private EvaluativeQuestionDetails details(EvaluativeQuestion q, Context ctx) {
        List<ThematicGroupRef> groups = q.getThematicGroupIds().stream().map(ctx.groups()::get)
                .filter(Objects::nonNull).sorted(Comparator.comparingInt(ThematicGroupRef::position)).toList();
        List<CallQuestionRef> refs = new ArrayList<>();
        for (CallQuestionLink l : sortedLinks(q)) {
            CallSummary c = ctx.calls().get(l.getCallId());
            if (c != null && l.getQuestionIndex() < c.questionLabels().size()) {
                refs.add(ref(c, l.getQuestionIndex()));
            }
        }
        return new EvaluativeQuestionDetails(q.getId(), q.getConventionId(), q.getNumber(), q.getText(), q.getTrack(),
                groups, q.getCriteria(), q.getSources(), q.getAnswer(), q.getStatus(), q.getValidatedByName(),
                q.getValidatedAt(), q.getIndicatorIds().stream().sorted().toList(), List.copyOf(refs), q.getVersion());
    }

    private EvaluativeQuestion readable(long questionId) {
        EvaluativeQuestion q = questions.findById(questionId).orElseThrow(NotFoundException::new);
        access.require(q.getConventionId(), Role.CONVENTION_READERS);
        return q;
    }

    /** The question locked for a change, the caller checked to be one of its convention's editors. */
    private EvaluativeQuestion forEditors(long questionId) {
        long conventionId = questions.conventionIdOf(questionId).orElseThrow(NotFoundException::new);
        access.require(conventionId, Role.CONVENTION_EDITORS);
        return questions.findForUpdate(questionId).orElseThrow(NotFoundException::new);
    }

    private Set<Long> groups(long conventionId, @Nullable EvaluationTrack track, @Nullable Set<Long> groupIds) {
        if (track == null) {
            throw new BusinessRuleException("evaluation.error.track");
        }
        Set<Long> known = conventions.thematicGroups(conventionId).stream().map(ThematicGroupRef::id)
                .collect(Collectors.toSet());
        Set<Long> groups = groupIds == null ? Set.of() : new LinkedHashSet<>(groupIds);
        if (!known.containsAll(groups)) {
            throw new BusinessRuleException("evaluation.error.group");
        }
        return groups;
    }

    static void validate(QuestionDraft d) {
        if (d.text().isEmpty()) {
            throw new BusinessRuleException("evaluation.error.text");
        }
        if (d.text().length() > MAX_QUESTION) {
            throw new BusinessRuleException("evaluation.error.textTooLong", MAX_QUESTION);
        }
        for (QuestionField f : List.of(QuestionField.CRITERIA, QuestionField.SOURCES, QuestionField.ANSWER)) {
            if (f.valueIn(d).length() > MAX_TEXT) {
                throw new BusinessRuleException("evaluation.error.tooLong", MAX_TEXT);
            }
        }
    }

    /** Flushes the change (a new version) and tells the open pages after the commit. */
    private void changed(EvaluativeQuestion q) {
        em.flush();
        CtgUser user = currentUser.require();
        events.publishEvent(new EvaluativeQuestionChanged(q.getConventionId(), q.getId(), q.getVersion(),
                user.accountId(), user.displayName(), draftOf(q), q.getStatus(), q.getValidatedByName(),
                q.getValidatedAt()));
    }

    private static @Nullable String orNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static <T> T orNotFound(@Nullable T value) {
        if (value == null) {
            throw new NotFoundException();
        }
        return value;
    }

    static QuestionDraft draftOf(EvaluativeQuestion q) {
        return new QuestionDraft(q.getText(), q.getCriteria(), q.getSources(), q.getAnswer());
    }

    private Optional<QuestionDraft> stateAtVersion(long id, long version) {
        List<?> states = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(EvaluativeQuestion.class, true, false)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.property("version").eq(version))
                .getResultList();
        return states.stream().findFirst().map(s -> draftOf((EvaluativeQuestion) s));
    }

    private String lastEditorName(EvaluativeQuestion q) {
        List<?> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(EvaluativeQuestion.class, false, true)
                .add(AuditEntity.id().eq(q.getId()))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        if (!rows.isEmpty() && ((Object[]) rows.getFirst())[1] instanceof AuditRevision rev) {
            return rev.getDisplayName();
        }
        return q.getUpdatedBy();
    }
}
