package fr.ctg.security;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.security.internal.Account;
import fr.ctg.security.internal.AccountRepository;
import fr.ctg.security.internal.CafAdministratorRepository;
import fr.ctg.security.internal.MembershipRepository;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may do what in which convention. Every service calls it before
 * reading or writing convention data: a person who is not a member gets {@link NotFoundException}
 * (the convention's existence is not revealed, Article 12), a member without the right role gets
 * {@link AccessRefusedException}. A Caf's administrators hold {@link Role#ADMIN} in every convention of
 * that Caf and in no other; the platform administrator may act in every convention.
 */
@Service
@Transactional(readOnly = true)
public class ConventionAccessService {

    private final MembershipRepository memberships;
    private final CafAdministratorRepository cafAdministrators;
    private final ConventionDirectory directory;
    private final CurrentUser currentUser;
    private final AccountRepository accounts;

    ConventionAccessService(MembershipRepository memberships, CafAdministratorRepository cafAdministrators,
                     ConventionDirectory directory, CurrentUser currentUser, AccountRepository accounts) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.cafAdministrators = cafAdministrators;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** The caller's roles in the convention (ADMIN for the platform and the Caf's administrators), possibly empty. */
    public Set<Role> rolesIn(long conventionId) {
        CtgUser user = currentUser.require();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Optional<Long> caf = user.platformAdmin() ? Optional.empty() : directory.cafOf(conventionId);
        if (caf.isPresent()) {
            for (String role : memberships.findRolesAndCafAdministration(user.accountId(), conventionId, caf.get())) {
                roles.add(Role.valueOf(role));
            }
            return roles;
        }
        roles.addAll(memberships.findRoles(user.accountId(), conventionId));
        if (user.platformAdmin()) {
            roles.add(Role.ADMIN);
        }
        return roles;
    }

    /**
     * The caller's roles in every convention they may open, read at once (the search asks for all of them): their
     * memberships, ADMIN in their Cafs' conventions, ADMIN everywhere for the platform administrator.
     */
    public Map<Long, Set<Role>> rolesEverywhere() {
        CtgUser user = currentUser.require();
        Map<Long, Set<Role>> out = new LinkedHashMap<>();
        for (var m : memberships.findByAccountId(user.accountId())) {
            out.computeIfAbsent(m.getConventionId(), id -> EnumSet.noneOf(Role.class)).addAll(m.getRoles());
        }
        List<Long> administered = user.platformAdmin() ? directory.allConventionIds()
                : cafAdministrators.findCafIdsByAccountId(user.accountId()).stream()
                        .flatMap(caf -> directory.conventionIdsOf(caf).stream()).toList();
        for (Long id : administered) {
            out.computeIfAbsent(id, x -> EnumSet.noneOf(Role.class)).add(Role.ADMIN);
        }
        out.values().removeIf(Set::isEmpty);
        return out;
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

    /** Checks that the caller administers the convention (its ADMIN role, its Caf's administrators, the platform). */
    public void requireAdmin(long conventionId) {
        require(conventionId, EnumSet.of(Role.ADMIN));
    }

    /** Whether the caller may see everything (platform administrator). */
    public boolean isPlatformAdmin() {
        return currentUser.require().platformAdmin();
    }

    /** Refused unless the caller is the platform administrator. */
    public void requirePlatformAdmin() {
        if (!isPlatformAdmin()) {
            throw new AccessRefusedException();
        }
    }

    /** Whether the caller administers this Caf (the platform administrator administers every Caf). */
    public boolean administersCaf(long cafId) {
        CtgUser user = currentUser.require();
        return user.platformAdmin() || cafAdministrators.existsByCafIdAndAccountId(cafId, user.accountId());
    }

    /** Refused unless the caller administers this Caf; a Caf the caller does not know of does not exist for them. */
    public void requireCafAdmin(long cafId) {
        if (!administersCaf(cafId)) {
            throw new NotFoundException();
        }
    }

    /** The Cafs the caller administers (not all of them for the platform administrator: see {@link #isPlatformAdmin()}). */
    public List<Long> administeredCafIds() {
        return cafAdministrators.findCafIdsByAccountId(currentUser.require().accountId());
    }

    /** Whether the caller administers the platform or a Caf (Caf administration: the Cafs page, the whole journal). */
    public boolean administersAnything() {
        CtgUser user = currentUser.require();
        return user.platformAdmin() || !administeredCafIds().isEmpty();
    }

    /** Whether the caller administers something, a single convention through its ADMIN role included. */
    public boolean administersAnyConvention() {
        return administersAnything() || memberships.administersAConvention(currentUser.require().accountId());
    }

    /** Refused unless {@link #administersAnyConvention()}. */
    public void requireSomeAdministration() {
        if (!administersAnyConvention()) {
            throw new AccessRefusedException();
        }
    }

    /** Whose calendar a feed shows: the conventions and the language of its holder. */
    public record CalendarAudience(List<Long> conventionIds, Locale language) {
    }

    /**
     * The conventions whose calendar an account sees, for its iCal feed (the account proved who it is by its secret):
     * those where it holds a role that reads the calendar ({@link Role#CONVENTION_READERS}: not ASSOCIATION alone) and
     * those of the Cafs it administers (every one for the platform administrator), as the calendar page allows. Empty
     * when the account is disabled or gone.
     */
    public Optional<CalendarAudience> calendarAudienceOf(long accountId) {
        return accounts.findById(accountId).filter(Account::isEnabled)
                .map(a -> new CalendarAudience(a.isPlatformAdmin() ? directory.allConventionIds()
                        : calendarConventionIds(accountId), AccountService.locale(a.getLanguage())));
    }

    /** Whether the caller has a calendar anywhere (the menu offers a feed only then). */
    public boolean hasACalendar() {
        CtgUser user = currentUser.require();
        return user.platformAdmin() || !calendarConventionIds(user.accountId()).isEmpty();
    }

    private List<Long> calendarConventionIds(long accountId) {
        Set<Long> ids = new LinkedHashSet<>(memberships.findConventionIdsByAccountIdAndRoleIn(accountId,
                Role.CONVENTION_READERS));
        for (Long caf : cafAdministrators.findCafIdsByAccountId(accountId)) {
            ids.addAll(directory.conventionIdsOf(caf));
        }
        return List.copyOf(ids);
    }

    /**
     * Ids of the conventions the caller may open: those they are a member of and those of the Cafs they administer
     * (platform administrators: see {@link #isPlatformAdmin()}).
     */
    public List<Long> memberConventionIds() {
        Set<Long> ids = new LinkedHashSet<>(memberships.findConventionIdsByAccountId(currentUser.require().accountId()));
        for (Long caf : administeredCafIds()) {
            ids.addAll(directory.conventionIdsOf(caf));
        }
        return List.copyOf(ids);
    }
}
