package fr.ctg.base.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Sends what {@link Mailer} put in the outbox, after the commit, on a worker thread (a slow or hanging server never
 * holds a person's page nor a database lock; the SMTP time-outs bound each try). Spring Modulith's event publication
 * registry records each mail with the transaction that asked for it, deletes it once the server took it and keeps
 * it, marked failed, when the server refused or did not answer: {@link MailOutboxRetry} sends it again.
 */
@Component
class MailOutbox {

    static final String LISTENER_ID = "mail-outbox";

    private final JavaMailSender mail;
    private final String from;

    MailOutbox(JavaMailSender mail, @Value("${ctg.mail.from:portail-ctg@localhost}") String from) {
        this.mail = mail;
        this.from = from;
    }

    /** Throws when the server fails: the publication stays incomplete, to be retried. */
    @ApplicationModuleListener(id = LISTENER_ID, propagation = Propagation.NOT_SUPPORTED)
    void on(MailRequested m) {
        if (m.plain()) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(m.to());
            message.setSubject(m.subject());
            message.setText(m.body());
            mail.send(message);
            return;
        }
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            helper.setFrom(from);
            helper.setTo(m.to());
            helper.setSubject(m.subject());
            if (m.html() != null) {
                helper.setText(m.body(), m.html());
            } else {
                helper.setText(m.body());
            }
            for (Map.Entry<String, String> h : m.headers().entrySet()) {
                message.addHeader(h.getKey(), h.getValue());
            }
            for (MailAttachment a : m.attachments()) {
                helper.addAttachment(a.filename(), new ByteArrayResource(a.content()), a.contentType());
            }
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        mail.send(message);
    }
}
