package fr.ctg.contribution;

import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.mail.Mailer;
import fr.ctg.base.web.PublicUrl;
import fr.ctg.security.InvitationIssued;
import fr.ctg.security.InvitationKind;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends partner invitations and receipts, in the recipient's language, once the transaction that made them commits. */
@Component
class ContributionMailer {

    private final Mailer mail;
    private final TranslationProvider translations;
    private final PublicUrl urls;

    ContributionMailer(Mailer mail, TranslationProvider translations, PublicUrl urls) {
        this.mail = mail;
        this.translations = translations;
        this.urls = urls;
    }

    /** An invitation issued by the security module: written after its commit, from the event registry. */
    @ApplicationModuleListener
    void on(InvitationIssued e) {
        if (e.kind() != InvitationKind.PARTNER) {
            return;
        }
        mail.send(e.email(), translations.getTranslation("contribution.mail.invitation.subject", e.language(), e.target()),
                translations.getTranslation("contribution.mail.invitation.body", e.language(), e.contextLabel(),
                        e.target(), urls.of("invitation/" + e.token()), e.invitedBy(), PartnerService.VALIDITY.toDays()));
    }

    @EventListener
    void on(SubmissionReceived e) {
        if (e.email() == null || !e.email().contains("@")) {
            return;
        }
        mail.send(e.email(), translations.getTranslation("contribution.mail.receipt.subject", e.language(), e.reference()),
                translations.getTranslation("contribution.mail.receipt.body", e.language(), e.displayName(),
                        e.callTitle(), e.reference(), String.join("\n\n", e.copy())));
    }
}
