package fr.ctg.contribution;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.contribution.internal.Contributor;
import fr.ctg.contribution.internal.ContributorRepository;
import fr.ctg.contribution.internal.Organisation;
import fr.ctg.contribution.internal.OrganisationRepository;
import fr.ctg.contribution.internal.PartnerInvitation;
import fr.ctg.contribution.internal.PartnerInvitationRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.InvitationAccepted;
import fr.ctg.security.InvitationKind;
import fr.ctg.security.InvitationRow;
import fr.ctg.security.InvitationService;
import fr.ctg.security.SystemIdentity;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner organisations and their contributors. A referent invites a contact by e-mail through the portal's one
 * invitation mechanism ({@link InvitationService}: single-use link, 14 days, revocable); accepting it creates (or
 * links) an ASSOCIATION account, which this feature ties to the organisation in the same transaction. An address
 * tied to another organisation cannot be invited.
 */
@Service
@Transactional
public class PartnerService {

    public static final Duration VALIDITY = InvitationService.VALIDITY;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final OrganisationRepository organisations;
    private final PartnerInvitationRepository partnerInvitations;
    private final ContributorRepository contributors;
    private final ContributionGate gate;
    private final AccountService accounts;
    private final InvitationService invitations;

    PartnerService(OrganisationRepository organisations, PartnerInvitationRepository partnerInvitations,
                   ContributorRepository contributors, ContributionGate gate, AccountService accounts,
                   InvitationService invitations) {
        this.organisations = organisations;
        this.partnerInvitations = partnerInvitations;
        this.contributors = contributors;
        this.gate = gate;
        this.accounts = accounts;
        this.invitations = invitations;
    }

    public OrganisationSummary createOrganisation(long conventionId, String name) {
        gate.requireStaff(conventionId);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new BusinessRuleException("contribution.error.organisationName");
        }
        if (organisations.findByConventionIdOrderByName(conventionId).stream().anyMatch(o -> o.getName().equalsIgnoreCase(n))) {
            throw new BusinessRuleException("contribution.error.organisationTaken", n);
        }
        return view(organisations.save(new Organisation(conventionId, n)));
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations(long conventionId) {
        gate.requireStaff(conventionId);
        return organisations.findByConventionIdOrderByName(conventionId).stream().map(PartnerService::view).toList();
    }

    /** Invites a contact of an organisation, in the language chosen for them; the link goes by e-mail once this commits. */
    public PartnerInvitationRow invite(long conventionId, long organisationId, String email, Locale language) {
        gate.requireStaff(conventionId);
        Organisation org = organisations.findById(organisationId).filter(o -> o.getConventionId() == conventionId)
                .orElseThrow(NotFoundException::new);
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches() || address.length() > 200) {
            throw new BusinessRuleException("contribution.error.email");
        }
        Long existing = SystemIdentity.call(() -> accounts.accountIdOf(address).orElse(null));
        if (existing != null) {
            boolean sameOrganisation = contributors.findById(existing)
                    .map(c -> c.getOrganisationId().equals(organisationId)).orElse(false);
            throw new BusinessRuleException(sameOrganisation ? "contribution.error.alreadyContributor"
                    : "contribution.error.otherOrganisation", address);
        }
        Map<Long, Long> orgOf = organisationsOfInvitations();
        boolean pendingElsewhere = invitations.partnerInvitations(conventionId).stream()
                .filter(i -> i.status() == InvitationRow.Status.PENDING && i.email().equalsIgnoreCase(address))
                .anyMatch(i -> !Long.valueOf(organisationId).equals(orgOf.get(i.id())));
        if (pendingElsewhere) {
            throw new BusinessRuleException("contribution.error.otherOrganisation", address);
        }
        long id = invitations.invitePartner(conventionId, address, org.getName(), language);
        partnerInvitations.save(new PartnerInvitation(id, organisationId));
        return invitations(conventionId).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    public void revoke(long invitationId) {
        partnerInvitations.findById(invitationId).orElseThrow(NotFoundException::new);
        invitations.revoke(invitationId);
    }

    /** Sends an invitation again with a new link (the old one stops working). */
    public void resend(long invitationId) {
        partnerInvitations.findById(invitationId).orElseThrow(NotFoundException::new);
        invitations.resend(invitationId);
    }

    @Transactional(readOnly = true)
    public List<PartnerInvitationRow> invitations(long conventionId) {
        gate.requireStaff(conventionId);
        Map<Long, Long> orgOf = organisationsOfInvitations();
        return invitations.partnerInvitations(conventionId).stream()
                .filter(i -> orgOf.containsKey(i.id()))
                .map(i -> new PartnerInvitationRow(i.id(), orgOf.get(i.id()), i.email(), i.expiresAt(), i.usedAt(),
                        i.revokedAt()))
                .toList();
    }

    /** Ties an existing ASSOCIATION account to an organisation (platform administrator: demo data, support). */
    public void addContributor(long organisationId, long accountId) {
        if (!gate.isPlatformAdmin()) {
            throw new AccessRefusedException();
        }
        organisations.findById(organisationId).orElseThrow(NotFoundException::new);
        contributors.save(new Contributor(accountId, organisationId));
    }

    /**
     * A partner invitation was accepted: its account contributes for the invitation's organisation (refused, and the
     * acceptance with it, when the account already contributes for another one).
     */
    @EventListener
    void on(InvitationAccepted e) {
        if (e.kind() != InvitationKind.PARTNER) {
            return;
        }
        PartnerInvitation pi = partnerInvitations.findById(e.invitationId()).orElseThrow(NotFoundException::new);
        contributors.findById(e.accountId()).ifPresentOrElse(c -> {
            if (!c.getOrganisationId().equals(pi.getOrganisationId())) {
                throw new BusinessRuleException("contribution.error.otherOrganisation", e.email());
            }
        }, () -> contributors.save(new Contributor(e.accountId(), pi.getOrganisationId())));
    }

    private Map<Long, Long> organisationsOfInvitations() {
        Map<Long, Long> map = new HashMap<>();
        partnerInvitations.findAll().forEach(p -> map.put(p.getInvitationId(), p.getOrganisationId()));
        return map;
    }

    static OrganisationSummary view(Organisation o) {
        return new OrganisationSummary(o.getId(), o.getConventionId(), o.getName());
    }
}
