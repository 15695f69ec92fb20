package fr.ctg.governance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** For the secretariat: one convened person, when their convocation was sent, opened and answered, and how. */
public record ConvocationRow(long accountId, String displayName, Instant sentAt, @Nullable Instant openedAt,
                             @Nullable Instant answeredAt, @Nullable AttendanceStatus answer,
                             @Nullable String proxyName, @Nullable Instant remindedAt) {
}
