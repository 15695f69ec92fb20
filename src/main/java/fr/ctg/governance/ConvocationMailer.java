package fr.ctg.governance;

import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.security.AccountService;
import fr.ctg.security.Contact;
import fr.ctg.security.SystemIdentity;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** After a convocation is committed, e-mails it to the recipients who have an address. */
@Component
class ConvocationMailer {

    private static final Logger log = LoggerFactory.getLogger(ConvocationMailer.class);

    private final AccountService accounts;
    private final JavaMailSender mail;
    private final TranslationProvider translations;
    private final String from;

    ConvocationMailer(AccountService accounts, JavaMailSender mail, TranslationProvider translations,
                      @Value("${ctg.mail.from:portail-ctg@localhost}") String from) {
        this.accounts = accounts;
        this.mail = mail;
        this.translations = translations;
        this.from = from;
    }

    @TransactionalEventListener
    void on(MeetingConvened event) {
        java.util.Set<Long> done = new java.util.HashSet<>();
        for (Contact c : SystemIdentity.call(() -> accounts.contacts(event.conventionId()))) {
            if (!done.add(c.accountId())) {
                continue; // a person with several memberships gets one convocation
            }
            if (!event.recipientIds().contains(c.accountId()) || c.email() == null || c.email().isBlank()) {
                continue;
            }
            try {
                SimpleMailMessage m = new SimpleMailMessage();
                m.setFrom(from);
                m.setTo(c.email());
                m.setSubject(translations.getTranslation("convocation.subject", Locale.FRENCH, event.title(), event.when()));
                m.setText(translations.getTranslation("convocation.body", Locale.FRENCH, c.displayName(), event.title(),
                        event.when()));
                mail.send(m);
            } catch (RuntimeException e) {
                log.warn("Convocation to {} not sent: {}", c.accountId(), e.toString());
            }
        }
    }
}
