package fr.ctg.notification;

import org.jspecify.annotations.Nullable;

/**
 * Where a notification leads, as a kind and an id: the page that shows it is the business of the feature that owns
 * it (its navigation class), never a route string kept here.
 */
public record NotificationTarget(Kind kind, @Nullable Long id) {

    public enum Kind {
        /** The calendar of the convention (meetings and deadlines). */
        CALENDAR,
        /** One compte rendu. */
        MINUTES,
        /** One objective. */
        OBJECTIVE
    }

    public static NotificationTarget calendar() {
        return new NotificationTarget(Kind.CALENDAR, null);
    }

    public static NotificationTarget minutes(long minutesId) {
        return new NotificationTarget(Kind.MINUTES, minutesId);
    }

    public static NotificationTarget objective(long objectiveId) {
        return new NotificationTarget(Kind.OBJECTIVE, objectiveId);
    }
}
