package fr.ctg.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.security.CafAdministration;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import java.util.Arrays;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Gates navigation by {@link ConventionRoles} (a logged-in person whose roles in the current convention are not
 * listed on the target view lands on the "access refused" page instead) and by {@link CafAdministration} (only the
 * platform administrator and Cafs' administrators).
 */
@Component
class ConventionRoleGuard implements VaadinServiceInitListener {

    private final CurrentConvention currentConvention;
    private final CurrentUser currentUser;
    private final ConventionAccessService access;

    ConventionRoleGuard(CurrentConvention currentConvention, CurrentUser currentUser, ConventionAccessService access) {
        this.currentConvention = currentConvention;
        this.currentUser = currentUser;
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (currentUser.get().isEmpty()) {
            return;
        }
        CafAdministration admin = event.getNavigationTarget().getAnnotation(CafAdministration.class);
        if (admin != null && !allows(admin, currentConvention.roles(), access.administersAnything())) {
            event.rerouteToError(new AccessRefusedException(), "");
            return;
        }
        ConventionRoles required = event.getNavigationTarget().getAnnotation(ConventionRoles.class);
        if (required != null && !allows(required, currentConvention.roles())) {
            event.rerouteToError(new AccessRefusedException(), "");
        }
    }

    static boolean allows(CafAdministration required, Set<Role> roles, boolean cafAdministrator) {
        return cafAdministrator || (required.orConventionAdmin() && roles.contains(Role.ADMIN));
    }

    static boolean allows(ConventionRoles required, Set<Role> roles) {
        return Arrays.stream(required.value()).anyMatch(roles::contains);
    }
}
