package fr.ctg.convention.ui;

import com.vaadin.flow.server.VaadinSession;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionService;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The convention a person is working in, kept in their Vaadin session. The first time it is asked
 * for, it is the first of the person's conventions; the switcher changes it (after an access check).
 */
@Component
@NamedInterface("current-convention")
public class CurrentConvention {

    private static final String KEY = CurrentConvention.class.getName();

    private final ConventionService conventions;
    private final ConventionAccessService access;

    CurrentConvention(ConventionService conventions, ConventionAccessService access) {
        this.conventions = conventions;
        this.access = access;
    }

    /**
     * The selected convention, choosing the person's first one if none is selected yet (or if the one selected is no
     * longer theirs: a revoked membership).
     */
    public Optional<Long> id() {
        VaadinSession session = VaadinSession.getCurrent();
        Object stored = session.getAttribute(KEY);
        if (stored instanceof Long id) {
            if (!access.rolesIn(id).isEmpty()) {
                return Optional.of(id);
            }
            session.setAttribute(KEY, null);
        }
        List<ConventionRef> mine = conventions.myConventions();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        long first = mine.getFirst().id();
        session.setAttribute(KEY, first);
        return Optional.of(first);
    }

    /** Selects a convention; the service refuses one the person is not a member of. */
    public ConventionRef select(long conventionId) {
        ConventionRef ref = conventions.ref(conventionId);
        VaadinSession.getCurrent().setAttribute(KEY, conventionId);
        return ref;
    }

    /** Forgets the selection (the membership ended): the next call chooses again among what is left. */
    public void forget() {
        VaadinSession.getCurrent().setAttribute(KEY, null);
    }

    /** The person's roles in the selected convention (empty when they have none). */
    public Set<Role> roles() {
        return id().map(access::rolesIn).orElseGet(() -> EnumSet.noneOf(Role.class));
    }
}
