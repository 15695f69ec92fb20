package fr.ctg.contribution;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.contribution.internal.Contributor;
import fr.ctg.contribution.internal.ContributorRepository;
import fr.ctg.contribution.internal.Invitation;
import fr.ctg.contribution.internal.InvitationRepository;
import fr.ctg.contribution.internal.Organisation;
import fr.ctg.contribution.internal.OrganisationRepository;
import fr.ctg.convention.ConventionService;
import fr.ctg.security.AccountService;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner organisations and their contributors. A referent invites a contact by e-mail; the secret link (single
 * use, 14 days, revocable) lets the contact choose a password, which creates an ASSOCIATION account tied to the
 * organisation and the convention. An e-mail tied to another organisation cannot be invited.
 */
@Service
@Transactional
public class PartnerService {

    public static final Duration VALIDITY = Duration.ofDays(14);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OrganisationRepository organisations;
    private final InvitationRepository invitations;
    private final ContributorRepository contributors;
    private final ContributionGate gate;
    private final AccountService accounts;
    private final ConventionService conventions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartnerService(OrganisationRepository organisations, InvitationRepository invitations,
                   ContributorRepository contributors, ContributionGate gate, AccountService accounts,
                   ConventionService conventions, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.invitations = invitations;
        this.contributors = contributors;
        this.gate = gate;
        this.accounts = accounts;
        this.conventions = conventions;
        this.events = events;
        this.clock = clock;
    }

    public OrganisationView createOrganisation(long conventionId, String name) {
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
    public List<OrganisationView> organisations(long conventionId) {
        gate.requireStaff(conventionId);
        return organisations.findByConventionIdOrderByName(conventionId).stream().map(PartnerService::view).toList();
    }

    /** Invites a contact of an organisation; the link goes by e-mail once this commits. */
    public InvitationView invite(long conventionId, long organisationId, String email) {
        gate.requireStaff(conventionId);
        Organisation org = organisations.findById(organisationId).filter(o -> o.getConventionId() == conventionId)
                .orElseThrow(NotFoundException::new);
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches() || address.length() > 200) {
            throw new BusinessRuleException("contribution.error.email");
        }
        Instant now = clock.instant();
        Long existing = SystemIdentity.call(() -> accounts.accountIdOf(address).orElse(null));
        if (existing != null) {
            boolean sameOrganisation = contributors.findById(existing)
                    .map(c -> c.getOrganisationId().equals(organisationId)).orElse(false);
            throw new BusinessRuleException(sameOrganisation ? "contribution.error.alreadyContributor"
                    : "contribution.error.otherOrganisation", address);
        }
        boolean pendingElsewhere = invitations.findByEmailIgnoreCase(address).stream()
                .anyMatch(i -> !i.getOrganisationId().equals(organisationId) && i.getUsedAt() == null
                        && i.getRevokedAt() == null && i.getExpiresAt().isAfter(now));
        if (pendingElsewhere) {
            throw new BusinessRuleException("contribution.error.otherOrganisation", address);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Invitation invitation = invitations.save(new Invitation(conventionId, organisationId, address, sha256(token),
                now.plus(VALIDITY)));
        events.publishEvent(new InvitationSent(address, org.getName(), conventions.ref(conventionId).title(), token,
                gate.myName()));
        return view(invitation);
    }

    public void revoke(long invitationId) {
        Invitation i = invitations.findById(invitationId).orElseThrow(NotFoundException::new);
        gate.requireStaff(i.getConventionId());
        if (i.getUsedAt() != null) {
            throw new BusinessRuleException("contribution.error.invitationUsed");
        }
        i.revoke(clock.instant());
    }

    @Transactional(readOnly = true)
    public List<InvitationView> invitations(long conventionId) {
        gate.requireStaff(conventionId);
        return invitations.findByConventionIdOrderByIdDesc(conventionId).stream().map(PartnerService::view).toList();
    }

    /** Ties an existing ASSOCIATION account to an organisation (platform administrator: demo data, support). */
    public void addContributor(long organisationId, long accountId) {
        if (!gate.isPlatformAdmin()) {
            throw new fr.ctg.base.AccessRefusedException();
        }
        organisations.findById(organisationId).orElseThrow(NotFoundException::new);
        contributors.save(new Contributor(accountId, organisationId));
    }

    /** What an invitation link is for (before accepting it): organisation name and e-mail; refused if unusable. */
    @Transactional(readOnly = true)
    public String[] describe(String token) {
        Invitation i = usable(token);
        return new String[] {organisations.findById(i.getOrganisationId()).orElseThrow().getName(), i.getEmail()};
    }

    /**
     * Accepts an invitation (no login: the secret link is the proof): creates the ASSOCIATION account, whose
     * username is the e-mail address; returns that username.
     */
    public String accept(String token, String displayName, String password, String passwordAgain) {
        Invitation i = usable(token);
        if (password == null || !password.equals(passwordAgain)) {
            throw new BusinessRuleException("contribution.error.passwordsDiffer");
        }
        Organisation org = organisations.findById(i.getOrganisationId()).orElseThrow();
        long accountId = SystemIdentity.call(() -> {
            if (accounts.accountIdOf(i.getEmail()).isPresent()) {
                throw new BusinessRuleException("contribution.error.otherOrganisation", i.getEmail());
            }
            long id = accounts.createAccount(i.getEmail(), displayName, i.getEmail(), org.getName(), password, false);
            accounts.grant(id, i.getConventionId(), Role.ASSOCIATION, null, null);
            return id;
        });
        contributors.save(new Contributor(accountId, org.getId()));
        i.use(clock.instant());
        return i.getEmail();
    }

    private Invitation usable(String token) {
        Invitation i = token == null ? null : invitations.findByTokenSha256(sha256(token)).orElse(null);
        if (i == null || i.getRevokedAt() != null) {
            throw new BusinessRuleException("contribution.error.invitationInvalid");
        }
        if (i.getUsedAt() != null) {
            throw new BusinessRuleException("contribution.error.invitationUsed");
        }
        if (!i.getExpiresAt().isAfter(clock.instant())) {
            throw new BusinessRuleException("contribution.error.invitationExpired");
        }
        return i;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(o.getId(), o.getConventionId(), o.getName());
    }

    static InvitationView view(Invitation i) {
        return new InvitationView(i.getId(), i.getOrganisationId(), i.getEmail(), i.getExpiresAt(), i.getUsedAt(),
                i.getRevokedAt());
    }
}
