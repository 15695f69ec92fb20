package fr.ctg.journal.internal;

import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.web.ClientAddress;
import fr.ctg.security.AccountService;
import fr.ctg.security.ConventionDirectory;
import fr.ctg.security.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends what the features publish to the journal, in their transaction (what is rolled back leaves no line): when,
 * who (the logged-in person unless the event names someone), from which address, the convention's Caf.
 */
@Component
class JournalWriter {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ConventionDirectory directory;
    private final Clock clock;
    private final AccountService accounts;
    private final TransactionTemplate ownTransaction;

    JournalWriter(JdbcTemplate jdbc, CurrentUser currentUser, ConventionDirectory directory, Clock clock,
                  AccountService accounts, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * In the publisher's transaction; in a transaction of its own when that one is read-only (a download, an export)
     * or when there is none (a login).
     */
    @EventListener
    void on(JournalEvent e) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            write(e);
        } else {
            ownTransaction.executeWithoutResult(status -> write(e));
        }
    }

    private void write(JournalEvent e) {
        Long actor = e.actorAccountId();
        String label = e.actorLabel();
        if (actor == null && label == null) {
            var user = currentUser.get();
            if (user.isPresent()) {
                if (user.get().accountId() > 0) {
                    actor = user.get().accountId();
                } else {
                    label = "system";
                }
            }
        }
        Long caf = e.cafId() != null ? e.cafId()
                : e.conventionId() != null ? directory.cafOf(e.conventionId()).orElse(null)
                : e.subjectAccountId() != null ? accounts.cafOfPerson(e.subjectAccountId()).orElse(null)
                : actor != null ? accounts.cafOfPerson(actor).orElse(null) : null;
        jdbc.update("INSERT INTO journal_entry (occurred_at, kind, actor_account_id, actor_label, convention_id, caf_id, "
                        + "subject_account_id, detail, client_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), e.kind().name(), actor, label, e.conventionId(), caf,
                e.subjectAccountId(), e.detail(), ClientAddress.current());
    }
}
