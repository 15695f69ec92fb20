package fr.ctg.security.internal;

import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.security.CtgUser;
import fr.ctg.security.SecondFactorService;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password login with a throttle ({@link LoginThrottle}): every attempt is counted for its account and its client
 * address before the password is checked, and refused while a wait is on; a success clears the account's count. With the demo off, the demo's published
 * password is refused outright. An administrator's right password only opens the second-factor page
 * ({@link fr.ctg.security.SecondFactorService}). Each success and failure is journaled. The login view shows one generic message
 * whatever the cause.
 */
@Component
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final DemoPasswordGuard demoPasswords;
    private final LoginRecorder recorder;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<SecondFactorService> secondFactors;

    ThrottlingAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                     DemoPasswordGuard demoPasswords, LoginRecorder recorder,
                                     ApplicationEventPublisher events,
                                     ObjectProvider<SecondFactorService> secondFactors) {
        this.secondFactors = secondFactors;
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.demoPasswords = demoPasswords;
        this.recorder = recorder;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        var refusal = throttle.tryAttempt(username, address);
        if (refusal.isPresent()) {
            failed(username, "throttled " + refusal.get().kind().toLowerCase(Locale.ROOT) + " "
                    + refusal.get().delay().toSeconds() + " s");
            throw new LockedException("throttled");
        }
        if (demoPasswords.refused(String.valueOf(authentication.getCredentials()))) {
            failed(username, "demo password");
            throw new BadCredentialsException("demo password");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            if (result.getPrincipal() instanceof CtgUser user && secondFactors.getObject().requiredFor(user.accountId())) {
                // The password was right; nothing is open until the second factor (SecondFactorView) is given, and
                // the account's count of attempts goes on until then.
                CtgUser awaiting = user.awaitingSecondFactor();
                return UsernamePasswordAuthenticationToken.authenticated(awaiting, null, awaiting.getAuthorities());
            }
            throttle.succeeded(username, address);
            if (result.getPrincipal() instanceof CtgUser user) {
                recorder.loggedIn(user.accountId());
                events.publishEvent(JournalEvent.of(JournalKind.LOGIN).by(user.accountId()));
            }
            return result;
        } catch (BadCredentialsException e) {
            failed(username, "bad credentials");
            throw e;
        } catch (AuthenticationException e) {
            failed(username, e.getClass().getSimpleName());
            throw e;
        }
    }

    private void failed(String username, String why) {
        Long accountId = recorder.accountIdOf(username);
        events.publishEvent(JournalEvent.of(JournalKind.LOGIN_FAILED).about(accountId)
                .byLabel(accountId == null ? username : null).detail(why));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
