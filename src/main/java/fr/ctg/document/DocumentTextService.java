package fr.ctg.document;

import fr.ctg.document.internal.Document;
import fr.ctg.document.internal.DocumentRepository;
import fr.ctg.document.internal.DocumentVersion;
import fr.ctg.document.internal.DocumentVersionRepository;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extracts, for the search, the text of documents stored before text was extracted at upload: their current version's
 * file is read from storage, a batch at a time, each document in its own transaction (one unreadable file stops
 * nothing; it is recorded as having no text, so it is not read again).
 */
@Service
public class DocumentTextService {

    static final int BATCH = 50;
    private static final Logger LOG = LoggerFactory.getLogger(DocumentTextService.class);

    private final DocumentRepository documents;
    private final DocumentVersionRepository versions;
    private final DocumentStorage storage;
    private final TransactionTemplate tx;

    DocumentTextService(DocumentRepository documents, DocumentVersionRepository versions, DocumentStorage storage,
                        TransactionTemplate tx) {
        this.documents = documents;
        this.versions = versions;
        this.storage = storage;
        this.tx = tx;
    }

    /** Extracts the text of up to {@value #BATCH} documents without it; returns how many were done. */
    public int extractMissing() {
        List<Long> ids = documents.findIdsWithoutText(PageRequest.of(0, BATCH));
        for (Long id : ids) {
            try {
                tx.executeWithoutResult(s -> extract(id));
            } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                LOG.warn("Document {}: no text read ({}); recorded as without text", id, e.toString());
                tx.executeWithoutResult(s -> documents.findById(id).ifPresent(d -> d.setContentText("")));
            }
        }
        return ids.size();
    }

    private void extract(long documentId) {
        Document d = documents.findById(documentId).orElse(null);
        if (d == null || d.getContentText() != null) {
            return;
        }
        DocumentVersion current = versions.findByDocumentIdOrderByNumberDesc(documentId).stream().findFirst()
                .orElse(null);
        d.setContentText(current == null ? ""
                : FileText.extract(() -> storage.open(current.getStorageKey()), current.getContentType()));
    }
}
