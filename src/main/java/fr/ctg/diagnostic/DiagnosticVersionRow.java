package fr.ctg.diagnostic;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A published version of the shared diagnostic: its number, when and by whom it was published, its note. */
public record DiagnosticVersionRow(int version, Instant publishedAt, String publishedByName, @Nullable String note) {
}
