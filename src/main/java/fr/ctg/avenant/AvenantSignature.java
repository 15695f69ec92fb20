package fr.ctg.avenant;

import java.time.LocalDate;
import java.util.List;

/** The signature of an approved avenant: the day, the signed scan (a document), the parties' deliberations. */
public record AvenantSignature(LocalDate signedOn, Long signedDocumentId, List<Long> deliberationIds) {
}
