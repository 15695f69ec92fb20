package fr.ctg.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Places a staged file under its key just before its row commits, and removes it only when the transaction surely
 * rolled back. When the outcome is unknown (the connection broke during the commit), the row may well be committed:
 * the file stays, and the orphan sweep removes it later if its row turns out to be absent. A committed row never
 * loses its file.
 */
final class FilePlacement implements TransactionSynchronization {

    private final DocumentStorage storage;
    private final DocumentStorage.Staged staged;
    private final String key;

    FilePlacement(DocumentStorage storage, DocumentStorage.Staged staged, String key) {
        this.storage = storage;
        this.staged = staged;
        this.key = key;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        try {
            storage.place(staged, key);
        } catch (IOException e) {
            throw new UncheckedIOException("could not place the uploaded file", e);
        }
    }

    @Override
    public void afterCompletion(int status) {
        if (status == STATUS_ROLLED_BACK) {
            storage.delete(key);
        }
        storage.discard(staged); // nothing left to discard once placed
    }
}
