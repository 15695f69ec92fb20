package fr.ctg.notification;

import fr.ctg.base.PageRef;
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
        OBJECTIVE,
        /** A document (or deliberation) in the documents page. */
        DOCUMENT,
        /** An indicator in the indicators page. */
        INDICATOR,
        /** The indicators page of a convention. */
        INDICATORS,
        /** The answers to a call for contributions. */
        CONTRIBUTION_CALL,
        /** The members page of a convention. */
        MEMBERS,
        /** The consolidated version of a convention. */
        CONSOLIDATED,
        /** The avenants of a convention. */
        AVENANTS,
        /** One avenant. */
        AVENANT,
        /** The register of data exchanges of a convention. */
        DATA_EXCHANGES,
        /** The duration, termination and renewal page of a convention. */
        LIFECYCLE
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

    /** Where a page of the portal named by another feature is shown. */
    public static NotificationTarget page(PageRef page) {
        return switch (page.kind()) {
            case MINUTES -> minutes(page.id());
            case OBJECTIVE -> objective(page.id());
            case DOCUMENT -> new NotificationTarget(Kind.DOCUMENT, page.id());
            case INDICATOR -> new NotificationTarget(Kind.INDICATOR, page.id());
            case MEETING, MINUTES_OF_MEETING -> calendar();
            case INDICATORS -> new NotificationTarget(Kind.INDICATORS, page.id());
            case CONTRIBUTION_CALL -> new NotificationTarget(Kind.CONTRIBUTION_CALL, page.id());
            case MEMBERS, CONSOLIDATED, AVENANTS, AVENANT, DATA_EXCHANGES, LIFECYCLE ->
                    new NotificationTarget(Kind.valueOf(page.kind().name()), page.id());
        };
    }
}
