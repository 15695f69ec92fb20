package fr.ctg.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** The portal speaks French by default, whatever the browser says; English is chosen in the user menu. */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(TranslationProvider.FRENCH));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
    }
}
