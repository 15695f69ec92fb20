package fr.ctg.journal;

import fr.ctg.base.journal.JournalKind;
import java.time.Instant;

/** A journal line as the administrators read it: names resolved (an erased person shows as their pseudonym). */
public record JournalRow(long id, Instant occurredAt, JournalKind kind, String actor, String convention,
                         String subject, String detail, String clientAddress) {
}
