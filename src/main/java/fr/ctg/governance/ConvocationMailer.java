package fr.ctg.governance;

import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.mail.Mailer;
import fr.ctg.base.i18n.Formats;
import fr.ctg.security.AccountService;
import fr.ctg.security.Contact;
import fr.ctg.security.SystemIdentity;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

/** After a convocation is committed, e-mails it to the recipients who have an address, each in their language. */
@Component
class ConvocationMailer {

    private final AccountService accounts;
    private final Mailer mail;
    private final TranslationProvider translations;

    ConvocationMailer(AccountService accounts, Mailer mail, TranslationProvider translations) {
        this.accounts = accounts;
        this.mail = mail;
        this.translations = translations;
    }

    @ApplicationModuleListener
    void on(MeetingConvened event) {
        Set<Long> done = new HashSet<>();
        for (Contact c : SystemIdentity.call(() -> accounts.contacts(event.conventionId()))) {
            if (!done.add(c.accountId()) || !event.recipientIds().contains(c.accountId()) || !c.reachable()) {
                continue;
            }
            String when = Formats.date(event.day(), c.locale());
            mail.send(c.email(), translations.getTranslation("convocation.subject", c.locale(), event.title(), when),
                    translations.getTranslation("convocation.body", c.locale(), c.displayName(), event.title(), when));
        }
    }
}
