package fr.ctg.security;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.security.internal.Membership;
import fr.ctg.security.internal.MembershipRepository;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may do what in which convention. Every service calls it before
 * reading or writing convention data: a person who is not a member gets {@link NotFoundException}
 * (the convention's existence is not revealed, Article 12), a member without the right role gets
 * {@link AccessRefusedException}. The platform administrator may act in every convention.
 */
@Service
@Transactional(readOnly = true)
public class ConventionAccess {

    private final MembershipRepository memberships;
    private final CurrentUser currentUser;

    ConventionAccess(MembershipRepository memberships, CurrentUser currentUser) {
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    /** The caller's roles in the convention (ADMIN for the platform administrator), possibly empty. */
    public Set<Role> rolesIn(long conventionId) {
        CtgUser user = currentUser.require();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (user.platformAdmin()) {
            roles.add(Role.ADMIN);
        }
        for (Membership m : memberships.findByAccountIdAndConventionId(user.accountId(), conventionId)) {
            roles.add(m.getRole());
        }
        return roles;
    }

    /**
     * Checks that the caller holds one of {@code allowed} in the convention and returns all their roles there.
     */
    public Set<Role> require(long conventionId, Set<Role> allowed) {
        Set<Role> roles = rolesIn(conventionId);
        if (roles.isEmpty()) {
            throw new NotFoundException();
        }
        if (roles.stream().noneMatch(allowed::contains)) {
            throw new AccessRefusedException();
        }
        return roles;
    }

    /** Whether the caller may see everything (platform administrator). */
    public boolean isPlatformAdmin() {
        return currentUser.require().platformAdmin();
    }

    /**
     * Ids of the conventions an account is a member of, for server-side use where the account proved who
     * it is by other means (its secret iCal token).
     */
    public List<Long> conventionIdsOf(long accountId) {
        return memberships.findConventionIdsByAccountId(accountId);
    }

    /** Ids of the conventions the caller is a member of (platform administrators: see {@link #isPlatformAdmin()}). */
    public List<Long> memberConventionIds() {
        return memberships.findConventionIdsByAccountId(currentUser.require().accountId());
    }
}
