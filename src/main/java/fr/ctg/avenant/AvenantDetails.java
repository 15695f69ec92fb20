package fr.ctg.avenant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An avenant for its page: its own text, every modification since its baseline (up to now while it is a draft, up to
 * its approved revision after) with those it carries, its course, what the person may do.
 */
public record AvenantDetails(long id, long conventionId, int number, AvenantStatus status, String title,
                             String preamble, String justification, Long justificationMinutesId,
                             Long justificationDocumentId, List<ConventionChange> changes, Set<String> chosen,
                             Instant circulatedAt, Instant approvedAt, String approvedByName, LocalDate signedOn,
                             Long signedDocumentId, List<Long> deliberationIds, Long headRevision, Rights rights) {

    public record Rights(boolean edit, boolean sign) {
    }

    /** The modifications the avenant carries, in the convention's order. */
    public List<ConventionChange> carried() {
        return changes.stream().filter(c -> chosen.contains(c.key())).toList();
    }

    public boolean editable() {
        return status == AvenantStatus.DRAFT || status == AvenantStatus.CIRCULATED;
    }
}
