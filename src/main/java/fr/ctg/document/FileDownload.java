package fr.ctg.document;

/**
 * A stored file ready to send: the original name, the sniffed type, its size and where to read it; which document
 * of which convention it is (for the journal).
 */
public record FileDownload(String fileName, String contentType, long size, UploadedFile.Content content,
                           long conventionId, long documentId, int versionNumber) {
}
