package fr.ctg.governance;

/** One member's attendance; {@code proxyAccountId} is who represented them, if anyone. */
public record AttendanceRow(long accountId, String displayName, AttendanceStatus status, Long proxyAccountId) {
}
