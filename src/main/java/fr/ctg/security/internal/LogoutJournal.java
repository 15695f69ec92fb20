package fr.ctg.security.internal;

import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.security.CtgUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** A logout (the user menu's "Se déconnecter") goes to the journal. */
@Component
class LogoutJournal {

    private final ApplicationEventPublisher events;

    LogoutJournal(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(LogoutSuccessEvent e) {
        if (e.getAuthentication() != null && e.getAuthentication().getPrincipal() instanceof CtgUser user) {
            events.publishEvent(JournalEvent.of(JournalKind.LOGOUT).by(user.accountId()));
        }
    }
}
