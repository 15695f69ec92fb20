package fr.ctg.search;

import fr.ctg.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The conventions searched and the person's roles in each (read once per search). */
public record SearchScope(Map<Long, Set<Role>> rolesByConvention) {

    public SearchScope {
        rolesByConvention = Map.copyOf(rolesByConvention);
    }

    /** The conventions where the person's roles pass {@code test}; never empty (a sentinel id no row has). */
    public List<Long> conventionsWhere(Predicate<Set<Role>> test) {
        List<Long> ids = rolesByConvention.entrySet().stream().filter(e -> test.test(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** The conventions where the person reads the convention itself (every role but association). */
    public List<Long> readerConventions() {
        return conventionsWhere(SearchScope::readsConvention);
    }

    /** Every convention searched. */
    public List<Long> allConventions() {
        return conventionsWhere(r -> true);
    }

    public Set<Role> rolesIn(long conventionId) {
        return rolesByConvention.getOrDefault(conventionId, Set.of());
    }

    public static boolean readsConvention(Set<Role> roles) {
        return roles.stream().anyMatch(Role.CONVENTION_READERS::contains);
    }
}
