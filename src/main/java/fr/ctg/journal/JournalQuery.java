package fr.ctg.journal;

import fr.ctg.base.journal.JournalKind;
import java.time.LocalDate;

/**
 * What to show of the journal. The scope: one convention ({@code conventionId}, its administrators), one Caf
 * ({@code cafId}: its conventions and itself, its administrators), or everything (both null: the platform
 * administrator). Filters: a person (as actor or subject), a kind, dates (inclusive).
 */
public record JournalQuery(Long cafId, Long conventionId, Long personId, JournalKind kind, LocalDate from,
                           LocalDate to) {

    public static JournalQuery ofConvention(long conventionId) {
        return new JournalQuery(null, conventionId, null, null, null, null);
    }
}
