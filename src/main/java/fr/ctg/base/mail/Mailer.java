package fr.ctg.base.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a plain-text e-mail from the portal's address; a mail server that does not answer is logged, never
 * thrown at the person who acted (what they did is committed already).
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender mail;
    private final String from;

    Mailer(JavaMailSender mail, @Value("${ctg.mail.from:portail-ctg@localhost}") String from) {
        this.mail = mail;
        this.from = from;
    }

    /** Returns whether the server took the message. */
    public boolean send(String to, String subject, String body) {
        try {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(from);
            m.setTo(to);
            m.setSubject(subject);
            m.setText(body);
            mail.send(m);
            return true;
        } catch (RuntimeException e) {
            log.warn("E-mail \"{}\" not sent: {}", subject, e.toString());
            return false;
        }
    }
}
