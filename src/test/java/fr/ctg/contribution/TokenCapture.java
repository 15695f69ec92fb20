package fr.ctg.contribution;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Keeps the secret of the last invitation sent, for tests that do not read the e-mail. */
@TestComponent
public class TokenCapture {

    private static volatile String last;

    @EventListener
    void on(fr.ctg.security.InvitationIssued event) {
        last = event.token();
    }

    public static String last() {
        return last;
    }
}
