package fr.ctg.notification;

/** How a person is told of one kind of notification. */
public enum NotificationChannel {
    /** Not at all. */
    NONE,
    /** In the portal's notification centre only. */
    IN_APP,
    /** In the portal, and by e-mail at once. */
    EMAIL,
    /** In the portal, and in one e-mail a day (the previous day's). */
    DAILY_DIGEST,
    /** In the portal, and in one e-mail on Mondays (the previous week's). */
    WEEKLY_DIGEST;

    public String labelKey() {
        return "notification.channel." + name();
    }
}
