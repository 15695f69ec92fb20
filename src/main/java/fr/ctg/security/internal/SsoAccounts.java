package fr.ctg.security.internal;

import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.security.InvitationService;
import fr.ctg.security.SsoSettings;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a person coming back from the OpenID Connect provider is in the portal: the one account with that e-mail
 * address (the provider must say it verified it, unless told otherwise), or a new account accepting the invitations
 * pending for that address. Nobody else gets in: an unknown address, an unverified one, one shared by two accounts,
 * a disabled account are refused, and every outcome is journaled.
 */
@Component
public class SsoAccounts {

    /** Why someone is refused (the login page says it in words): an OAuth2 error code of the portal's own. */
    public enum Refusal {
        NO_EMAIL, UNVERIFIED, UNKNOWN, AMBIGUOUS, DISABLED;

        public String code() {
            return "ctg_" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Either the person or why not. */
    public record Match(SsoUser user, Refusal refusal) {
    }

    private final AccountRepository accounts;
    private final InvitationService invitations;
    private final SsoSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SsoAccounts(AccountRepository accounts, InvitationService invitations, SsoSettings settings,
                ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Match match(OidcUser provided) {
        String email = provided.getEmail() == null ? "" : provided.getEmail().strip();
        if (email.isEmpty()) {
            return refused(Refusal.NO_EMAIL, "sub " + provided.getSubject(), null);
        }
        if (settings.requireVerifiedEmail() && !Boolean.TRUE.equals(provided.getEmailVerified())) {
            return refused(Refusal.UNVERIFIED, email, null);
        }
        // the database compares with a collation that ignores accents: the address must be the same, case aside
        List<Account> found = accounts.findByEmailIgnoreCase(email).stream().filter(a -> !a.isErased())
                .filter(a -> email.equalsIgnoreCase(a.getEmail())).toList();
        if (found.size() > 1) {
            return refused(Refusal.AMBIGUOUS, email, null);
        }
        Optional<Account> account = found.isEmpty()
                ? invitations.acceptPendingBySso(email, displayName(provided)).flatMap(accounts::findByUsernameIgnoreCase)
                : Optional.of(found.getFirst());
        if (account.isEmpty()) {
            return refused(Refusal.UNKNOWN, email, null);
        }
        Account a = account.get();
        if (!a.isEnabled()) {
            return refused(Refusal.DISABLED, email, a.getId());
        }
        accounts.recordLogin(a.getId(), clock.instant());
        events.publishEvent(JournalEvent.of(JournalKind.LOGIN).by(a.getId()).detail("sso " + settings.issuer()));
        return new Match(new SsoUser(AccountUserDetailsService.userOf(a), provided), null);
    }

    private Match refused(Refusal why, String who, Long accountId) {
        events.publishEvent(JournalEvent.of(JournalKind.LOGIN_FAILED).about(accountId)
                .byLabel(accountId == null ? who : null).detail("sso " + why.name().toLowerCase(Locale.ROOT)));
        return new Match(null, why);
    }

    private static String displayName(OidcUser provided) {
        if (provided.getFullName() != null && !provided.getFullName().isBlank()) {
            return provided.getFullName();
        }
        // ProConnect gives given_name and usual_name
        Object usual = provided.getClaims().get("usual_name");
        String family = usual != null ? usual.toString() : provided.getFamilyName();
        String given = provided.getGivenName();
        String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return name.isEmpty() ? null : name;
    }
}
