package fr.ctg.document;

import java.time.Instant;

/** One stored version of a document's file. */
public record VersionRow(long id, int number, String originalName, String contentType, long sizeBytes,
                          String sha256, String uploadedBy, Instant uploadedAt) {
}
