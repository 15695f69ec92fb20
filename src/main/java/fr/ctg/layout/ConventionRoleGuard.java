package fr.ctg.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import java.util.Arrays;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Gates navigation by {@link ConventionRoles}: a logged-in person whose roles in the current
 * convention are not listed on the target view lands on the "access refused" page instead.
 */
@Component
class ConventionRoleGuard implements VaadinServiceInitListener {

    private final CurrentConvention currentConvention;
    private final CurrentUser currentUser;

    ConventionRoleGuard(CurrentConvention currentConvention, CurrentUser currentUser) {
        this.currentConvention = currentConvention;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        ConventionRoles required = event.getNavigationTarget().getAnnotation(ConventionRoles.class);
        if (required == null || currentUser.get().isEmpty()) {
            return;
        }
        if (!allows(required, currentConvention.roles())) {
            event.rerouteToError(new AccessRefusedException(), "");
        }
    }

    static boolean allows(ConventionRoles required, Set<Role> roles) {
        return Arrays.stream(required.value()).anyMatch(roles::contains);
    }
}
