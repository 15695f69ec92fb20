package fr.ctg.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.ctg.CtgSpringTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hole 7 of the security review: mail was sent inside transactions, synchronously, with no time-outs. Now every mail
 * is a row of the outbox written with the change that asks for it, sent after the commit, retried while the server
 * fails, and never sent twice.
 */
@CtgSpringTest
class MailOutboxTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Mailer mailer;
    @Autowired
    MailOutboxRetry retry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    /** This run's own addresses (other tests may leave mails of theirs in the outbox). */
    private final String tag = "outbox" + System.nanoTime();

    private long waiting() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE event_type = ? AND completion_date IS NULL"
                + " AND serialized_event LIKE ?", Long.class, MailRequested.class.getName(), "%" + tag + "%");
    }

    private List<String> statuses() {
        return jdbc.queryForList("SELECT status FROM event_publication WHERE event_type = ? AND serialized_event LIKE ?",
                String.class, MailRequested.class.getName(), "%" + tag + "%");
    }

    private List<String> subjectsReceived() {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().contains(tag);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).map(m -> {
            try {
                return ((MimeMessage) m).getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void mailOutboxSmtpServerDownThenBackEveryMailArrivesOnce() {
        greenMail.stop();
        for (int i = 1; i <= 3; i++) {
            int n = i;
            tx.executeWithoutResult(status -> mailer.send(tag + "-" + n + "@test.invalid", "Convocation " + n, "Corps"));
        }
        assertThat(waiting()).as("kept, marked failed, while the server is down").isEqualTo(3);
        assertThat(statuses()).containsOnly("FAILED");

        greenMail.start();
        retry.resendFailed();
        assertThat(subjectsReceived()).containsExactlyInAnyOrder("Convocation 1", "Convocation 2", "Convocation 3");
        assertThat(waiting()).as("sent mails leave the outbox").isZero();
        retry.resendFailed();
        assertThat(subjectsReceived()).as("none sent twice").hasSize(3);
    }

    @Test
    void mailOutboxAChangeThatRollsBackSendsNothing() {
        tx.executeWithoutResult(status -> {
            mailer.send(tag + "-rollback@test.invalid", "Jamais", "Corps");
            status.setRollbackOnly();
        });
        assertThat(subjectsReceived()).isEmpty();
        assertThat(waiting()).isZero();
        tx.executeWithoutResult(status -> mailer.send(tag + "-commit@test.invalid", "Envoyé", "Corps"));
        assertThat(subjectsReceived()).containsExactly("Envoyé");
    }
}
