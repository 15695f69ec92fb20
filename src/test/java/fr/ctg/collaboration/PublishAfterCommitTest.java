package fr.ctg.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** A live notice leaves after the commit, never after a rollback, and at once outside a transaction. */
class PublishAfterCommitTest {

    final List<String> sent = new ArrayList<>();
    final CollaborationHub hub = new CollaborationHub() {
        @Override
        public Registration subscribe(String topic, Consumer<Object> listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void publish(String topic, Object payload) {
            sent.add(topic + "=" + payload);
        }

        @Override
        public PresenceHandle join(String topic, Participant participant, Consumer<PresenceSnapshot> listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PresenceSnapshot presence(String topic) {
            throw new UnsupportedOperationException();
        }
    };

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void inATransactionTheNoticeWaitsForTheCommit() {
        TransactionSynchronizationManager.initSynchronization();
        hub.publishAfterCommit("objective:1", "saved");
        assertThat(sent).as("nothing before the commit").isEmpty();
        TransactionSynchronizationUtils.invokeAfterCommit(TransactionSynchronizationManager.getSynchronizations());
        assertThat(sent).containsExactly("objective:1=saved");
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        TransactionSynchronizationManager.initSynchronization();
        hub.publishAfterCommit("objective:1", "saved");
        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(sent).isEmpty();
    }

    @Test
    void outsideATransactionTheNoticeLeavesAtOnce() {
        hub.publishAfterCommit("account:7", "ended");
        assertThat(sent).containsExactly("account:7=ended");
    }
}
