package fr.ctg.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ctg.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Someone whose password was right but whose second factor is still asked reaches no page but
 * {@link SecondFactorView} and the public ones: every other navigation lands there. (The services see nobody
 * logged in meanwhile, and the file downloads need a full login: this only keeps the pages from trying.)
 */
@Component
class SecondFactorGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    SecondFactorGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (currentUser.awaitingSecondFactor().isPresent() && target != SecondFactorView.class
                    && !target.isAnnotationPresent(AnonymousAllowed.class)) {
                enter.rerouteTo(SecondFactorView.class);
            }
        }));
    }
}
