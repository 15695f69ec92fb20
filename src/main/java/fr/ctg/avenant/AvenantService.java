package fr.ctg.avenant;

import fr.ctg.avenant.internal.Avenant;
import fr.ctg.avenant.internal.AvenantRepository;
import fr.ctg.avenant.internal.ConventionBaseline;
import fr.ctg.avenant.internal.ConventionBaselineRepository;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.TimeConfig;
import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionStatus;
import fr.ctg.document.DocumentDetails;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.DocumentService;
import fr.ctg.document.DocumentSummary;
import fr.ctg.document.IssuingBody;
import fr.ctg.document.LinkTarget;
import fr.ctg.minutes.MinutesService;
import fr.ctg.minutes.MinutesSummary;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Avenants (Articles 9 and 11). "Préparer un avenant" lists every modification since the last signed state, computed
 * from the history; the COPIL writes the avenant's text, chooses the modifications it carries, circulates it and
 * approves it (which fixes the revision its modifications are read from); once signed (date, scan, the parties'
 * deliberations), it is the new baseline. One avenant is in progress at a time, so baselines follow each other.
 */
@Service
@Transactional
public class AvenantService {



    static final int MAX_TEXT = 20_000;

    private final AvenantRepository avenants;
    private final ConventionBaselineRepository baselineRows;
    private final Baselines baselines;
    private final Snapshots snapshots;
    private final ConventionHistoryService history;
    private final ConventionAccessService access;
    private final DocumentService documents;
    private final MinutesService minutes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TranslationProvider translations;
    private final ApplicationEventPublisher events;
    private final ConventionService conventionService;

    AvenantService(AvenantRepository avenants, ConventionBaselineRepository baselineRows, Baselines baselines,
                   Snapshots snapshots, ConventionHistoryService history, ConventionAccessService access,
                   DocumentService documents, MinutesService minutes, CurrentUser currentUser, Clock clock,
                   TranslationProvider translations, ConventionService conventionService,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.conventionService = conventionService;
        this.translations = translations;
        this.avenants = avenants;
        this.baselineRows = baselineRows;
        this.baselines = baselines;
        this.snapshots = snapshots;
        this.history = history;
        this.access = access;
        this.documents = documents;
        this.minutes = minutes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The convention's avenants by number (readers of the convention). */
    @Transactional(readOnly = true)
    public List<AvenantSummary> list(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return avenants.findByConventionIdOrderByNumber(conventionId).stream()
                .map(a -> new AvenantSummary(a.getId(), a.getNumber(), a.getTitle(), a.getStatus(),
                        a.getChangeKeys().size(), a.getSignedOn()))
                .toList();
    }

    /** Whether the convention has a signed state to draft avenants from (readers of the convention). */
    @Transactional(readOnly = true)
    public boolean hasBaseline(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return baselines.latest(conventionId).isPresent();
    }

    /**
     * Records the convention as it stands now as the state both parties signed (administrators and secretariat), for
     * a convention signed outside the portal; refused once a signed state exists.
     */
    public void recordSignedState(long conventionId) {
        access.require(conventionId, Role.CONVENTION_KEEPERS);
        if (baselines.latest(conventionId).isPresent()) {
            throw new BusinessRuleException("avenant.error.alreadySigned");
        }
        if (conventionService.overview(conventionId).status() == ConventionStatus.DRAFT) {
            throw new BusinessRuleException("avenant.error.draftConvention");
        }
        baselineRows.save(new ConventionBaseline(conventionId, history.revisionOfThisTransaction(), null));
    }

    /** Every modification since the last signed state, up to now (readers of the convention). */
    @Transactional(readOnly = true)
    public List<ConventionChange> modificationsSinceSignature(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        ConventionBaseline b = baselines.latest(conventionId)
                .orElseThrow(() -> new BusinessRuleException("avenant.error.noBaseline"));
        return baselines.snapshot(b).changesTo(snapshots.current(conventionId));
    }

    /** "Préparer un avenant": a draft numbered after the others, from the last signed state (editors). */
    public long prepare(long conventionId) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        // the latest baseline is locked: two people preparing at once get one draft each in turn, not a clash
        ConventionBaseline b = baselineRows.findLatestForUpdate(conventionId).stream().findFirst()
                .orElseThrow(() -> new BusinessRuleException("avenant.error.noBaseline"));
        avenants.findByConventionIdOrderByNumber(conventionId).stream()
                .filter(a -> a.getStatus() != AvenantStatus.SIGNED).findFirst()
                .ifPresent(a -> {
                    throw new BusinessRuleException("avenant.error.oneAtATime", a.getNumber());
                });
        int number = avenants.maxNumber(conventionId) + 1;
        Avenant a = new Avenant(conventionId, number, translations.getTranslation("avenant.doc.title",
                currentUser.require().locale(), number), b.getId());
        return avenants.save(a).getId();
    }

    /** An avenant with its modifications (readers of the convention). */
    @Transactional(readOnly = true)
    public AvenantDetails details(long avenantId) {
        Avenant a = avenants.findById(avenantId).orElseThrow(NotFoundException::new);
        Set<Role> roles = access.require(a.getConventionId(), Role.CONVENTION_READERS);
        List<ConventionChange> changes = changes(a);
        boolean edit = roles.stream().anyMatch(Role.CONVENTION_EDITORS::contains);
        boolean sign = roles.stream().anyMatch(Role.CONVENTION_KEEPERS::contains);
        List<Long> deliberations = documents.linkedTo(a.getConventionId(), LinkTarget.AVENANT, avenantId).stream()
                .filter(d -> d.kind() == DocumentKind.DELIBERATION).map(DocumentSummary::id).toList();
        return new AvenantDetails(a.getId(), a.getConventionId(), a.getNumber(), a.getStatus(), a.getTitle(),
                a.getPreamble(), a.getJustification(), a.getJustificationMinutesId(), a.getJustificationDocumentId(),
                changes, Set.copyOf(a.getChangeKeys()), a.getCirculatedAt(), a.getApprovedAt(), a.getApprovedByName(),
                a.getSignedOn(), a.getSignedDocumentId(), deliberations, a.getHeadRevision(),
                new AvenantDetails.Rights(edit, sign));
    }

    /** The avenant's own text (editors, while it is not approved); the link must be one of the convention's. */
    public void editText(long avenantId, AvenantText text) {
        Avenant a = editable(avenantId);
        String title = required(text.title(), 300, "avenant.error.title");
        String preamble = optional(text.preamble(), "avenant.error.preamble");
        String justification = optional(text.justification(), "avenant.error.justification");
        if (text.justificationMinutesId() != null && minutes.published(a.getConventionId(), null, null).stream()
                .map(MinutesSummary::id).noneMatch(text.justificationMinutesId()::equals)) {
            throw new BusinessRuleException("avenant.error.minutes");
        }
        if (text.justificationDocumentId() != null) {
            documentOf(a.getConventionId(), text.justificationDocumentId(), "avenant.error.document");
        }
        a.editText(title, preamble, justification, text.justificationMinutesId(), text.justificationDocumentId());
    }

    /** Which modifications the avenant carries (editors, while it is not approved): keys of the current list. */
    public void choose(long avenantId, Set<String> keys) {
        choose(editable(avenantId), keys);
    }

    private void choose(Avenant a, Set<String> given) {
        Set<String> keys = given == null ? Set.of() : given;
        Set<String> known = changes(a).stream().map(ConventionChange::key).collect(Collectors.toSet());
        if (!known.containsAll(keys)) {
            throw new BusinessRuleException("avenant.error.unknownChange");
        }
        a.choose(new LinkedHashSet<>(keys));
    }

    /** Sends the draft round the COPIL (editors); it must carry at least one modification. */
    public void circulate(long avenantId) {
        circulate(avenantId, null);
    }

    /** Chooses the modifications (when given) and circulates, in one step: a refusal keeps the earlier choice. */
    public void circulate(long avenantId, Set<String> keys) {
        Avenant a = editable(avenantId);
        if (keys != null) {
            choose(a, keys);
        }
        if (a.getStatus() != AvenantStatus.DRAFT) {
            throw new BusinessRuleException("avenant.error.notDraft");
        }
        requireCarried(a, changes(a));
        a.circulate(clock.instant());
        told(a, false);
    }

    /**
     * Approves the avenant (editors): its modifications are fixed on the history's revision of now, and each chosen
     * one must still be a modification then.
     */
    public void approve(long avenantId) {
        approve(avenantId, null);
    }

    /** Chooses the modifications (when given) and approves, in one step: a refusal keeps the earlier choice. */
    public void approve(long avenantId, Set<String> keys) {
        Avenant a = editable(avenantId);
        if (keys != null) {
            choose(a, keys);
        }
        long head = history.latestRevision();
        List<ConventionChange> changes = baselineSnapshot(a).changesTo(snapshots.at(a.getConventionId(), head));
        requireCarried(a, changes);
        a.approve(head, clock.instant(), currentUser.require().displayName());
        told(a, true);
    }

    /**
     * Abandons an avenant that is not signed (editors): it is deleted, its number free again, and the next one can be
     * prepared; the history it was read from is untouched.
     */
    public void abandon(long avenantId) {
        Avenant a = avenants.findForUpdate(avenantId).orElseThrow(NotFoundException::new);
        access.require(a.getConventionId(), Role.CONVENTION_EDITORS);
        if (a.getStatus() == AvenantStatus.SIGNED) {
            throw new BusinessRuleException("avenant.error.alreadySignedAvenant");
        }
        avenants.delete(a);
    }

    /**
     * Records the signature (administrators and secretariat): only an approved avenant, on a day between its approval
     * and today, with the signed scan and the parties' deliberations among the convention's documents. The avenant
     * becomes the new baseline.
     */
    public void sign(long avenantId, AvenantSignature s) {
        Avenant a = avenants.findForUpdate(avenantId).orElseThrow(NotFoundException::new);
        access.require(a.getConventionId(), Role.CONVENTION_KEEPERS);
        if (a.getStatus() != AvenantStatus.APPROVED) {
            throw new BusinessRuleException(a.getStatus() == AvenantStatus.SIGNED ? "avenant.error.alreadySignedAvenant"
                    : "avenant.error.signedBeforeApproved");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate approvedOn = a.getApprovedAt().atZone(TimeConfig.ZONE).toLocalDate();
        if (s.signedOn() == null || s.signedOn().isAfter(today)) {
            throw new BusinessRuleException("avenant.error.signedOn");
        }
        if (s.signedOn().isBefore(approvedOn)) {
            throw new BusinessRuleException("avenant.error.signedOnBeforeApproval");
        }
        if (s.signedDocumentId() == null) {
            throw new BusinessRuleException("avenant.error.signedScan");
        }
        documentOf(a.getConventionId(), s.signedDocumentId(), "avenant.error.signedScan");
        List<Long> deliberations = s.deliberationIds() == null ? List.of() : s.deliberationIds();
        List<DocumentDetails> read = new ArrayList<>();
        for (Long id : deliberations) {
            DocumentDetails d = documentOf(a.getConventionId(), id, "avenant.error.deliberation");
            if (d.summary().kind() != DocumentKind.DELIBERATION) {
                throw new BusinessRuleException("avenant.error.deliberation");
            }
            read.add(d);
        }
        requireBothParties(read);
        a.sign(s.signedOn(), s.signedDocumentId());
        avenants.flush();
        documents.link(s.signedDocumentId(), LinkTarget.AVENANT, avenantId);
        deliberations.forEach(id -> documents.link(id, LinkTarget.AVENANT, avenantId));
        baselineRows.save(new ConventionBaseline(a.getConventionId(), a.getHeadRevision(), a.getId()));
    }

    private void told(Avenant a, boolean approved) {
        var me = currentUser.require();
        events.publishEvent(new AvenantCirculated(a.getConventionId(), a.getId(), a.getTitle(), approved,
                me.accountId(), me.displayName()));
    }

    /** The parties' deliberations: at least one of the Caf's bodies and one of the territory's. */
    private static void requireBothParties(List<DocumentDetails> deliberations) {
        boolean caf = deliberations.stream().anyMatch(d -> d.summary().body() == IssuingBody.COMMISSION_ACTION_SOCIALE_CAF
                || d.summary().body() == IssuingBody.CONSEIL_ADMINISTRATION_CAF);
        boolean territory = deliberations.stream().anyMatch(d -> d.summary().body() == IssuingBody.CONSEIL_COMMUNAUTAIRE
                || d.summary().body() == IssuingBody.CONSEIL_MUNICIPAL || d.summary().body() == IssuingBody.OTHER);
        if (!caf || !territory) {
            throw new BusinessRuleException("avenant.error.bothDeliberations");
        }
    }

    private void requireCarried(Avenant a, List<ConventionChange> changes) {
        if (a.getChangeKeys().isEmpty()) {
            throw new BusinessRuleException("avenant.error.noChange");
        }
        Set<String> known = changes.stream().map(ConventionChange::key).collect(Collectors.toSet());
        if (!known.containsAll(a.getChangeKeys())) {
            throw new BusinessRuleException("avenant.error.changeGone");
        }
    }

    /** The modifications from the avenant's baseline to now (draft) or to its approved revision. */
    List<ConventionChange> changes(Avenant a) {
        ConventionSnapshot base = baselineSnapshot(a);
        ConventionSnapshot head = a.getHeadRevision() == null ? snapshots.current(a.getConventionId())
                : snapshots.at(a.getConventionId(), a.getHeadRevision());
        return base.changesTo(head);
    }

    private ConventionSnapshot baselineSnapshot(Avenant a) {
        return baselines.snapshot(baselineRows.findById(a.getBaselineId()).orElseThrow(NotFoundException::new));
    }

    private Avenant editable(long avenantId) {
        Avenant a = avenants.findForUpdate(avenantId).orElseThrow(NotFoundException::new);
        access.require(a.getConventionId(), Role.CONVENTION_EDITORS);
        if (a.getStatus() == AvenantStatus.APPROVED || a.getStatus() == AvenantStatus.SIGNED) {
            throw new BusinessRuleException("avenant.error.fixed");
        }
        return a;
    }

    private DocumentDetails documentOf(long conventionId, long documentId, String key) {
        DocumentDetails d;
        try {
            d = documents.get(documentId);
        } catch (NotFoundException e) {
            throw new BusinessRuleException(key);
        }
        if (!Objects.equals(d.summary().conventionId(), conventionId)) {
            throw new BusinessRuleException(key);
        }
        return d;
    }

    private static String required(String value, int max, String key) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new BusinessRuleException(key);
        }
        return v;
    }

    private static String optional(String value, String key) {
        String v = value == null ? "" : value.strip();
        if (v.length() > MAX_TEXT) {
            throw new BusinessRuleException(key, MAX_TEXT);
        }
        return v.isEmpty() ? null : v;
    }
}
