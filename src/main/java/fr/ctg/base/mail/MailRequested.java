package fr.ctg.base.mail;

import java.util.UUID;

/** One e-mail to send, as written in the outbox (its id tells two identical mails apart). */
public record MailRequested(UUID id, String to, String subject, String body) {
}
