package fr.ctg.collaboration;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** A live notice leaves after the commit, never after a rollback, and at once outside a transaction. */
class PublishAfterCommitTest {

    final CollaborationHub hub = mock(CollaborationHub.class);

    PublishAfterCommitTest() {
        doCallRealMethod().when(hub).publishAfterCommit(any(), any());
    }

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
        verify(hub, never()).publish(any(), any());
        TransactionSynchronizationUtils.invokeAfterCommit(TransactionSynchronizationManager.getSynchronizations());
        verify(hub).publish("objective:1", "saved");
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        TransactionSynchronizationManager.initSynchronization();
        hub.publishAfterCommit("objective:1", "saved");
        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                TransactionSynchronization.STATUS_ROLLED_BACK);
        verify(hub, never()).publish(any(), any());
    }

    @Test
    void outsideATransactionTheNoticeLeavesAtOnce() {
        hub.publishAfterCommit("account:7", "ended");
        verify(hub).publish("account:7", "ended");
    }
}
