package fr.ctg.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The portal speaks French by default, whatever the browser says; a logged-in person's pages open in the language
 * saved in their account (chosen in "Mon compte" or the user menu).
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(TranslationProvider.FRENCH));
        event.getSource().addUIInitListener(e -> {
            Locale chosen = chosen();
            if (chosen != null) {
                e.getUI().getSession().setLocale(chosen);
            }
            e.getUI().setLocale(e.getUI().getSession().getLocale());
        });
    }

    private static Locale chosen() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof HasLocale user ? user.locale() : null;
    }
}
