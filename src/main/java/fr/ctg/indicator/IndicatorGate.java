package fr.ctg.indicator;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.indicator.internal.Indicator;
import fr.ctg.indicator.internal.IndicatorRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may do what with indicators. Members who read the convention read every indicator; associations read
 * only those published to them (others do not exist for them). Follow-up members, referents and the
 * secretariat record values; referents and the secretariat keep the catalogue; referents validate.
 */
@Component
class IndicatorGate {

    static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATION_REFERENT);
    static final Set<Role> RECORDERS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.FOLLOW_UP_MEMBER,
            Role.EVALUATION_REFERENT);
    static final Set<Role> VALIDATORS = EnumSet.of(Role.ADMIN, Role.EVALUATION_REFERENT);

    private final IndicatorRepository indicators;
    private final ConventionAccessService access;
    private final ConventionService conventions;
    private final CurrentUser currentUser;

    IndicatorGate(IndicatorRepository indicators, ConventionAccessService access, ConventionService conventions,
                  CurrentUser currentUser) {
        this.indicators = indicators;
        this.access = access;
        this.conventions = conventions;
        this.currentUser = currentUser;
    }

    long myId() {
        return currentUser.require().accountId();
    }

    String me() {
        return currentUser.require().displayName();
    }

    /** The caller's roles; strangers get not-found. */
    Set<Role> roles(long conventionId) {
        return access.require(conventionId, Role.ANY_MEMBER);
    }

    static boolean readsAll(Set<Role> roles) {
        return roles.stream().anyMatch(Role.CONVENTION_READERS::contains);
    }

    /** An indicator the caller may read. */
    Indicator readable(long indicatorId) {
        Indicator i = indicators.findById(indicatorId).orElseThrow(NotFoundException::new);
        Set<Role> roles = roles(i.getConventionId());
        if (!readsAll(roles) && !i.isPublishedToAssociations()) {
            throw new NotFoundException();
        }
        return i;
    }

    /** An indicator the caller may act on with one of {@code allowed}. */
    Indicator forRole(long indicatorId, Set<Role> allowed) {
        Indicator i = readable(indicatorId);
        require(i.getConventionId(), allowed);
        return i;
    }

    void require(long conventionId, Set<Role> allowed) {
        if (roles(conventionId).stream().noneMatch(allowed::contains)) {
            throw new AccessRefusedException();
        }
    }

    /** The thematic group, checked to belong to the convention. */
    ThematicGroupRef group(long conventionId, long groupId) {
        return conventions.thematicGroups(conventionId).stream().filter(g -> g.id() == groupId).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
