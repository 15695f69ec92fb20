package fr.ctg.contribution;

import fr.ctg.security.InvitationIssued;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Keeps the secret of the last invitation sent, for tests that do not read the e-mail. */
@TestComponent
public class TokenCapture {

    private static volatile String last;

    @EventListener
    void on(InvitationIssued event) {
        last = event.token();
    }

    public static String last() {
        return last;
    }
}
