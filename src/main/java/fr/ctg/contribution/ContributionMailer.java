package fr.ctg.contribution;

import fr.ctg.base.i18n.TranslationProvider;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Sends invitations and receipts once the transaction that made them commits. */
@Component
class ContributionMailer {

    private static final Logger log = LoggerFactory.getLogger(ContributionMailer.class);

    private final JavaMailSender mail;
    private final TranslationProvider translations;
    private final String from;
    private final String baseUrl;

    ContributionMailer(JavaMailSender mail, TranslationProvider translations,
                       @Value("${ctg.mail.from:portail-ctg@localhost}") String from,
                       @Value("${ctg.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.translations = translations;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener
    void on(InvitationSent e) {
        send(e.email(), translations.getTranslation("contribution.mail.invitation.subject", Locale.FRENCH, e.conventionTitle()),
                translations.getTranslation("contribution.mail.invitation.body", Locale.FRENCH, e.organisationName(),
                        e.conventionTitle(), baseUrl + "/invitation/" + e.token(), e.invitedBy(), PartnerService.VALIDITY.toDays()));
    }

    @TransactionalEventListener
    void on(SubmissionReceived e) {
        if (e.email() == null || !e.email().contains("@")) {
            return;
        }
        send(e.email(), translations.getTranslation("contribution.mail.receipt.subject", Locale.FRENCH, e.reference()),
                translations.getTranslation("contribution.mail.receipt.body", Locale.FRENCH, e.displayName(), e.callTitle(),
                        e.reference(), String.join("\n\n", e.copy())));
    }

    private void send(String to, String subject, String body) {
        try {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(from);
            m.setTo(to);
            m.setSubject(subject);
            m.setText(body);
            mail.send(m);
        } catch (RuntimeException ex) {
            log.warn("Mail to {} not sent: {}", to, ex.toString());
        }
    }
}
