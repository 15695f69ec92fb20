package fr.ctg.document;

import fr.ctg.base.BusinessRuleException;

/** The same bytes are already stored in this convention: the message names the existing document. */
public class DuplicateDocumentException extends BusinessRuleException {

    private final long existingDocumentId;

    public DuplicateDocumentException(long existingDocumentId, String existingTitle) {
        super("document.error.duplicate", existingTitle);
        this.existingDocumentId = existingDocumentId;
    }

    public long getExistingDocumentId() {
        return existingDocumentId;
    }
}
