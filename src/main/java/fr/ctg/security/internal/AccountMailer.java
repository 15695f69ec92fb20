package fr.ctg.security.internal;

import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.mail.Mailer;
import fr.ctg.base.web.PublicUrl;
import fr.ctg.security.InvitationIssued;
import fr.ctg.security.InvitationKind;
import fr.ctg.security.InvitationService;
import fr.ctg.security.PasswordResetRequested;
import fr.ctg.security.PasswordResetService;
import fr.ctg.security.SetupLinkIssued;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/**
 * The account e-mails, each in its recipient's language, put in the outbox within the transaction that makes them
 * (they go out once it commits: {@link Mailer}): member and
 * Caf administrator invitations (partner invitations are the contribution feature's), forgotten-password links,
 * the first-start address.
 */
@Component
class AccountMailer {

    private final Mailer mail;
    private final TranslationProvider translations;
    private final PublicUrl urls;

    AccountMailer(Mailer mail, TranslationProvider translations, PublicUrl urls) {
        this.mail = mail;
        this.translations = translations;
        this.urls = urls;
    }

    @EventListener
    void on(InvitationIssued e) {
        if (e.kind() == InvitationKind.PARTNER) {
            return;
        }
        Locale l = e.language();
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l)
                .format(e.expiresAt().atZone(ZoneId.of("Europe/Paris")));
        String roles = e.roles().stream().sorted().map(r -> t(l, r.labelKey())).collect(Collectors.joining(", "));
        boolean caf = e.kind() == InvitationKind.CAF_ADMIN;
        mail.send(e.email(), t(l, caf ? "mail.invitation.cafAdmin.subject" : "mail.invitation.member.subject", e.target()),
                t(l, caf ? "mail.invitation.cafAdmin.body" : "mail.invitation.member.body", e.invitedBy(), e.target(),
                        roles, urls.of("invitation/" + e.token()), until, InvitationService.VALIDITY.toDays()));
    }

    @EventListener
    void on(PasswordResetRequested e) {
        mail.send(e.email(), t(e.language(), "mail.reset.subject"), t(e.language(), "mail.reset.body", e.displayName(),
                urls.of("reinitialisation/" + e.token()), PasswordResetService.VALIDITY.toMinutes()));
    }

    @EventListener
    void on(SetupLinkIssued e) {
        mail.send(e.email(), t(Locale.FRENCH, "mail.setup.subject"), t(Locale.FRENCH, "mail.setup.body", e.link()));
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
