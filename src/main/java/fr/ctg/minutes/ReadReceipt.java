package fr.ctg.minutes;

import java.time.Instant;

/** Whether a reviewer opened the circulated draft ({@code readAt} null: not yet). */
public record ReadReceipt(long accountId, String displayName, Instant readAt) {
}
