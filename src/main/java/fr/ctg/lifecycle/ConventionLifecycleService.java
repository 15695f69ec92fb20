package fr.ctg.lifecycle;

import fr.ctg.avenant.AvenantService;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.convention.ConventionCourseService;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.convention.ConventionOverview;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionState;
import fr.ctg.convention.ConventionStatus;
import fr.ctg.convention.FieldRef;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.document.DocumentDetails;
import fr.ctg.document.DocumentService;
import fr.ctg.lifecycle.internal.ConventionTermination;
import fr.ctg.lifecycle.internal.ConventionTerminationRepository;
import fr.ctg.means.MeansRow;
import fr.ctg.means.MeansService;
import fr.ctg.objective.ObjectiveHistoryService;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveState;
import fr.ctg.objective.ObjectiveStatus;
import fr.ctg.security.AccountService;
import fr.ctg.security.Contact;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.InvitationService;
import fr.ctg.security.NewInvitation;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Article 10: the convention's course — signed (which records the signed state avenants start from), in force,
 * ended — its termination by one party, never with a notice shorter than the convention's, and its renewal into the
 * next convention made from this one. Each step is checked in full before anything is written.
 */
@Service
@Transactional
public class ConventionLifecycleService {

    private final ConventionCourseService course;
    private final ConventionService conventions;
    private final ConventionHistoryService history;
    private final ConventionTerminationRepository terminations;
    private final AvenantService avenants;
    private final DocumentService documents;
    private final ObjectiveService objectives;
    private final ObjectiveHistoryService objectiveStates;
    private final MeansService means;
    private final AccountService accounts;
    private final InvitationService invitations;
    private final ConventionAccessService access;
    private final Clock clock;
    private final CurrentUser currentUser;

    ConventionLifecycleService(ConventionCourseService course, ConventionService conventions,
                               ConventionHistoryService history, ConventionTerminationRepository terminations,
                               AvenantService avenants, DocumentService documents, ObjectiveService objectives,
                               ObjectiveHistoryService objectiveStates, MeansService means, AccountService accounts,
                               InvitationService invitations, ConventionAccessService access, Clock clock,
                               CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.course = course;
        this.conventions = conventions;
        this.history = history;
        this.terminations = terminations;
        this.avenants = avenants;
        this.documents = documents;
        this.objectives = objectives;
        this.objectiveStates = objectiveStates;
        this.means = means;
        this.accounts = accounts;
        this.invitations = invitations;
        this.access = access;
        this.clock = clock;
    }

    /** Where the convention stands (readers of the convention). */
    @Transactional(readOnly = true)
    public LifecycleDetails details(long conventionId) {
        Set<Role> roles = access.require(conventionId, Role.CONVENTION_READERS);
        ConventionOverview o = conventions.overview(conventionId);
        LifecycleDetails.Termination termination = terminations.findByConventionId(conventionId).map(t ->
                new LifecycleDetails.Termination(partyName(conventionId, t.getRequestingPartyId()), t.getLetterSentOn(),
                        t.getArNumber(), t.getScanDocumentId(), t.getEffectiveOn(), t.getReason())).orElse(null);
        List<LifecycleDetails.Commitment> commitments = termination == null ? List.of()
                : commitments(conventionId, termination.effectiveOn());
        boolean record = roles.stream().anyMatch(Role.CONVENTION_KEEPERS::contains);
        return new LifecycleDetails(conventionId, o.status(), o.signedOn(), o.startDate(), o.endDate(),
                o.noticeMonths(), o.noticeDeadline(), termination, commitments,
                course.renewedFrom(conventionId).orElse(null), course.renewedBy(conventionId), record,
                access.administersCaf(course.cafOf(conventionId)));
    }

    /** A draft convention is signed on a day (administrators, secretariat): its state now is the signed one. */
    public void recordSignature(long conventionId, LocalDate signedOn) {
        ConventionOverview o = keeper(conventionId);
        requireStatus(o, EnumSet.of(ConventionStatus.DRAFT));
        if (signedOn == null || signedOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("lifecycle.error.signedOn");
        }
        course.moveTo(conventionId, ConventionStatus.SIGNED, signedOn);
        if (!avenants.hasBaseline(conventionId)) {
            avenants.recordSignedState(conventionId);
        }
    }

    /** A signed convention comes into force on its start date (administrators, secretariat). */
    public void putInForce(long conventionId) {
        ConventionOverview o = keeper(conventionId);
        requireStatus(o, EnumSet.of(ConventionStatus.SIGNED));
        if (o.startDate().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("lifecycle.error.notStarted", day(o.startDate()));
        }
        course.moveTo(conventionId, ConventionStatus.IN_FORCE, null);
    }

    /** A convention in force ends once its end date has passed (administrators, secretariat). */
    public void recordEnd(long conventionId) {
        ConventionOverview o = keeper(conventionId);
        requireStatus(o, EnumSet.of(ConventionStatus.IN_FORCE));
        if (!o.endDate().isBefore(LocalDate.now(clock))) {
            throw new BusinessRuleException("lifecycle.error.notEnded", day(o.endDate()));
        }
        course.moveTo(conventionId, ConventionStatus.ENDED, null);
    }

    /**
     * Records a termination by one party (administrators, secretariat): the registered letter, and an effective day
     * no earlier than the letter plus the convention's notice (by default that day). The convention is terminated;
     * the commitments already made stay listed until their end.
     */
    public LocalDate terminate(long conventionId, TerminationRequest r) {
        ConventionOverview o = keeper(conventionId);
        requireStatus(o, EnumSet.of(ConventionStatus.SIGNED, ConventionStatus.IN_FORCE));
        Map<Long, ConventionState.PartyState> parties = parties(conventionId);
        if (r.requestingPartyId() == null || !parties.containsKey(r.requestingPartyId())) {
            throw new BusinessRuleException("lifecycle.error.party");
        }
        if (r.letterSentOn() == null || r.letterSentOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("lifecycle.error.letterSentOn");
        }
        String ar = r.arNumber() == null ? "" : r.arNumber().strip();
        if (ar.isEmpty() || ar.length() > 50) {
            throw new BusinessRuleException("lifecycle.error.arNumber");
        }
        if (r.scanDocumentId() != null) {
            DocumentDetails d;
            try {
                d = documents.get(r.scanDocumentId());
            } catch (NotFoundException e) {
                throw new BusinessRuleException("lifecycle.error.scan");
            }
            if (d.summary().conventionId() != conventionId) {
                throw new BusinessRuleException("lifecycle.error.scan");
            }
        }
        LocalDate earliest = r.letterSentOn().plusMonths(o.noticeMonths());
        LocalDate effective = r.effectiveOn() == null ? earliest : r.effectiveOn();
        if (effective.isBefore(earliest)) {
            throw new BusinessRuleException("lifecycle.error.noticeTooShort", o.noticeMonths(), day(earliest));
        }
        String reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        if (reason != null && reason.length() > 5000) {
            throw new BusinessRuleException("lifecycle.error.reason");
        }
        terminations.save(new ConventionTermination(conventionId, r.requestingPartyId(), r.letterSentOn(), ar,
                r.scanDocumentId(), o.noticeMonths(), effective, reason));
        course.moveTo(conventionId, ConventionStatus.TERMINATED, null);
        return effective;
    }

    /**
     * Renews the convention (its administrators, being the Caf's): the next convention as a draft with the same
     * structure and text, the objectives carried over (each linked to the one it continues), the committees created
     * with it and the members invited with their roles; this one is marked renewed and the two are linked.
     */
    public long renew(long conventionId, RenewalRequest r) {
        if (!access.administersCaf(course.cafOf(conventionId))) {
            throw new AccessRefusedException();
        }
        ConventionOverview o = conventions.overview(conventionId);
        requireStatus(o, EnumSet.of(ConventionStatus.SIGNED, ConventionStatus.IN_FORCE, ConventionStatus.ENDED));
        if (r.startDate() == null || !r.startDate().isAfter(o.startDate())) {
            throw new BusinessRuleException("lifecycle.error.renewalStart");
        }
        long cafId = course.cafOf(conventionId);
        long next = conventions.create(cafId, course.renewalDraft(conventionId, r.code(), r.title(), r.startDate(),
                r.endDate()));
        course.markRenewal(next, conventionId);
        carryObjectives(conventionId, next);
        inviteMembers(conventionId, next);
        course.moveTo(conventionId, ConventionStatus.RENEWED, null);
        return next;
    }

    private void carryObjectives(long from, long to) {
        Map<Integer, Long> fieldsByPosition = conventions.fields(to).stream()
                .collect(Collectors.toMap(FieldRef::position, FieldRef::id));
        Map<Long, Integer> oldFieldPositions = conventions.fields(from).stream()
                .collect(Collectors.toMap(FieldRef::id, FieldRef::position));
        Map<String, Long> groupsByName = conventions.thematicGroups(to).stream()
                .collect(Collectors.toMap(ThematicGroupRef::name, ThematicGroupRef::id, (a, b) -> a));
        Map<Long, String> oldGroupNames = conventions.thematicGroups(from).stream()
                .collect(Collectors.toMap(ThematicGroupRef::id, ThematicGroupRef::name));
        List<ObjectiveState> old = objectiveStates.current(from);
        Map<Long, Long> copies = new HashMap<>();
        List<ObjectiveState> ordered = new ArrayList<>(old.stream().filter(s -> s.draft().parentId() == null).toList());
        ordered.addAll(old.stream().filter(s -> s.draft().parentId() != null).toList());
        for (ObjectiveState s : ordered) {
            if (s.draft().status() == ObjectiveStatus.ABANDONED) {
                continue;
            }
            Long field = fieldsByPosition.get(oldFieldPositions.get(s.draft().fieldId()));
            Set<Long> groups = s.draft().thematicGroupIds().stream().map(oldGroupNames::get).map(groupsByName::get)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            Long parent = s.draft().parentId() == null ? null : copies.get(s.draft().parentId());
            if (field != null && (s.draft().parentId() == null || parent != null)) {
                copies.put(s.id(), objectives.carryOver(to, s.id(), field, groups, parent));
            }
        }
    }

    private void inviteMembers(long from, long to) {
        List<Contact> members = SystemIdentity.call(() -> accounts.contacts(from));
        for (Contact c : members) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(c.roles());
            roles.remove(Role.ASSOCIATION);
            if (roles.isEmpty() || !invitable(c)) {
                continue;
            }
            // the new convention has no member and no invitation yet: an address that passes the checks is invited
            invitations.invite(to, new NewInvitation(c.displayName(), c.email(), c.locale(), roles, List.of(),
                    Set.of()));
        }
    }

    /** An address and a name the invitation accepts (checked first: a refusal inside would undo the renewal). */
    private static boolean invitable(Contact c) {
        return InvitationService.invitable(c.email(), c.displayName());
    }

    private List<LifecycleDetails.Commitment> commitments(long conventionId, LocalDate effective) {
        List<LifecycleDetails.Commitment> out = new ArrayList<>();
        for (ObjectiveState s : objectiveStates.current(conventionId)) {
            var d = s.draft();
            boolean open = d.status() != ObjectiveStatus.DONE && d.status() != ObjectiveStatus.ABANDONED;
            if (open && (d.plannedEndDate() == null || !d.plannedEndDate().isBefore(effective))) {
                out.add(new LifecycleDetails.Commitment("lifecycle.commitment.objective", d.title(),
                        d.plannedEndDate() == null ? "" : day(d.plannedEndDate())));
            }
        }
        for (MeansRow m : means.list(conventionId)) {
            if (m.year() >= effective.getYear()) {
                out.add(new LifecycleDetails.Commitment("lifecycle.commitment.means",
                        m.partyName() + " – " + m.label(), String.valueOf(m.year())));
            }
        }
        return out;
    }

    /** A day in the language of the person who acts (messages and lists show it as written). */
    private String day(LocalDate d) {
        return Formats.date(d, currentUser.require().locale());
    }

    private ConventionOverview keeper(long conventionId) {
        access.require(conventionId, Role.CONVENTION_KEEPERS);
        return conventions.overview(conventionId);
    }

    private static void requireStatus(ConventionOverview o, Set<ConventionStatus> allowed) {
        if (!allowed.contains(o.status())) {
            throw new BusinessRuleException("lifecycle.error.status");
        }
    }

    private Map<Long, ConventionState.PartyState> parties(long conventionId) {
        return history.parties(conventionId).stream()
                .collect(Collectors.toMap(ConventionState.PartyState::id, p -> p));
    }

    private String partyName(long conventionId, long partyId) {
        ConventionState.PartyState p = parties(conventionId).get(partyId);
        return p == null ? "" : p.name();
    }
}
