package fr.ctg.contribution;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.contribution.internal.ContributionCall;
import fr.ctg.contribution.internal.ContributionCallRepository;
import fr.ctg.contribution.internal.Contributor;
import fr.ctg.contribution.internal.ContributorRepository;
import fr.ctg.contribution.internal.Organisation;
import fr.ctg.contribution.internal.OrganisationRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The narrow door. Referents and the secretariat run calls, invitations and reviews; a contributor (an ASSOCIATION
 * account) reaches only the calls addressed to its own organisation and its own organisation's submission. Anything
 * else does not exist for them ({@link NotFoundException}), whatever id they try.
 */
@Component
class ContributionGate {

    static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATION_REFERENT);

    private final ConventionAccessService access;
    private final CurrentUser currentUser;
    private final ContributorRepository contributors;
    private final OrganisationRepository organisations;
    private final ContributionCallRepository calls;

    ContributionGate(ConventionAccessService access, CurrentUser currentUser, ContributorRepository contributors,
                     OrganisationRepository organisations, ContributionCallRepository calls) {
        this.access = access;
        this.currentUser = currentUser;
        this.contributors = contributors;
        this.organisations = organisations;
        this.calls = calls;
    }

    long me() {
        return currentUser.require().accountId();
    }

    String myName() {
        return currentUser.require().displayName();
    }

    boolean isPlatformAdmin() {
        return access.isPlatformAdmin();
    }

    void requireStaff(long conventionId) {
        access.require(conventionId, STAFF);
    }

    boolean isStaff(long conventionId) {
        return access.rolesIn(conventionId).stream().anyMatch(STAFF::contains);
    }

    /** The caller's organisation in that convention, if the caller contributes for one. */
    Optional<Organisation> myOrganisation(long conventionId) {
        if (access.rolesIn(conventionId).isEmpty()) {
            throw new NotFoundException();
        }
        return contributors.findById(me()).map(Contributor::getOrganisationId).flatMap(organisations::findById)
                .filter(o -> o.getConventionId() == conventionId);
    }

    /** A call the caller may see: staff of its convention, or a contributor of an organisation it addresses. */
    ContributionCall visibleCall(long callId) {
        ContributionCall call = calls.findById(callId).orElseThrow(NotFoundException::new);
        if (isStaff(call.getConventionId())) {
            return call;
        }
        Organisation mine = myOrganisation(call.getConventionId()).orElseThrow(NotFoundException::new);
        if (!call.getOrganisationIds().contains(mine.getId())) {
            throw new NotFoundException();
        }
        return call;
    }

    /** A call and the caller's organisation, for contributing (staff do not contribute). */
    Organisation contributorOf(ContributionCall call) {
        return myOrganisation(call.getConventionId()).filter(o -> call.getOrganisationIds().contains(o.getId()))
                .orElseThrow(AccessRefusedException::new);
    }

    ContributionCall staffCall(long callId) {
        ContributionCall call = calls.findById(callId).orElseThrow(NotFoundException::new);
        if (!isStaff(call.getConventionId())) {
            visibleCall(callId);
            throw new AccessRefusedException();
        }
        return call;
    }
}
