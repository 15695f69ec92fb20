/**
 * The append-only audit journal: it writes every JournalEvent of the other features, filters and exports it, and forgets it after its retention.
 */
@ApplicationModule(displayName = "Journal")
@NullMarked
package fr.ctg.journal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
