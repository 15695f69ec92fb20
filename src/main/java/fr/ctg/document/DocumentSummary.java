package fr.ctg.document;

import java.time.LocalDate;

/** A document in a list: what it is, its deliberation metadata if any, and its current version. */
public record DocumentSummary(long id, long conventionId, DocumentKind kind, String title, String description,
                              IssuingBody body, String number, LocalDate sessionDate, LocalDate transmittedOn,
                              String publicUrl, boolean publishedToAssociations, VersionRow current) {
}
