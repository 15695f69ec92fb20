package fr.ctg.avenant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The convention as it stood on a day (what the portal held at the end of that day) or as signed: its items in the
 * convention's order. {@code beforeRecords}: the day is before the portal recorded the convention, so the first
 * recorded state is shown.
 */
public record ConsolidatedVersion(long conventionId, LocalDate day, boolean asSigned, boolean beforeRecords,
                                  Instant recordedAt, List<SnapshotItem> items) {
}
