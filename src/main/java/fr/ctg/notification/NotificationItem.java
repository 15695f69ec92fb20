package fr.ctg.notification;

import java.time.Instant;

/** A notification as the person sees it; {@code kind} names its i18n text ("notification.kind.*"). */
public record NotificationItem(long id, long conventionId, String kind, String actorName, String subject,
                               NotificationTarget target,
                               Instant createdAt, boolean read) {
}
