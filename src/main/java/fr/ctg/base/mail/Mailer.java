package fr.ctg.base.mail;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an e-mail in the outbox, in the caller's transaction (or one of its own): it goes out after the
 * commit, never if the change rolls back, and is retried while the mail server fails ({@link MailOutbox}). Nothing
 * here waits for the mail server.
 */
@Component
public class Mailer {

    private final ApplicationEventPublisher events;

    Mailer(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional
    public void send(String to, String subject, String body) {
        events.publishEvent(new MailRequested(UUID.randomUUID(), to, subject, body));
    }

    /** The same, with an HTML alternative to the plain text and attached files. */
    @Transactional
    public void send(String to, String subject, String body, String html, List<MailAttachment> attachments) {
        events.publishEvent(new MailRequested(UUID.randomUUID(), to, subject, body, html, attachments, Map.of()));
    }

    /** A plain-text mail with extra headers (a {@code List-Unsubscribe} link, for one). */
    @Transactional
    public void send(String to, String subject, String body, Map<String, String> headers) {
        events.publishEvent(new MailRequested(UUID.randomUUID(), to, subject, body, null, List.of(), headers));
    }
}
