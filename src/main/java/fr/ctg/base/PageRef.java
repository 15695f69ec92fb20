package fr.ctg.base;

/**
 * A page of the portal named by what it shows (a kind and an id), for a feature that links to a page of a feature it
 * must not depend on (the minutes page from the calendar, which the minutes feature itself depends on). The feature
 * owning the page turns it into an address ({@link fr.ctg.base.ui.PageLinks}); no route string travels.
 */
public record PageRef(Kind kind, long id) {

    public enum Kind {
        /** One compte rendu, by its id. */
        MINUTES,
        /** The compte rendu of a meeting (opened as a draft by the secretariat the first time), by the meeting's id. */
        MINUTES_OF_MEETING,
        /** An objective's page, by the objective's id. */
        OBJECTIVE,
        /** A document (or deliberation) opened in the documents page, by the document's id. */
        DOCUMENT,
        /** The calendar, where a meeting is (by the meeting's id). */
        MEETING,
        /** The indicators page, where an indicator is (by the indicator's id). */
        INDICATOR,
        /** The indicators page of a convention (by the convention's id). */
        INDICATORS,
        /** The answers to a call for contributions, for those who review them (by the call's id). */
        CONTRIBUTION_CALL,
        /** The members page of a convention, for its administrators (by the convention's id). */
        MEMBERS,
        /** The consolidated version of a convention (by the convention's id). */
        CONSOLIDATED,
        /** The avenants of a convention (by the convention's id). */
        AVENANTS,
        /** One avenant (by its id). */
        AVENANT,
        /** The register of data exchanges of a convention (by the convention's id). */
        DATA_EXCHANGES,
        /** The duration, termination and renewal page of a convention (by the convention's id). */
        LIFECYCLE
    }

    public static PageRef consolidated(long conventionId) {
        return new PageRef(Kind.CONSOLIDATED, conventionId);
    }

    public static PageRef avenants(long conventionId) {
        return new PageRef(Kind.AVENANTS, conventionId);
    }

    public static PageRef avenant(long avenantId) {
        return new PageRef(Kind.AVENANT, avenantId);
    }

    public static PageRef minutes(long minutesId) {
        return new PageRef(Kind.MINUTES, minutesId);
    }

    public static PageRef minutesOfMeeting(long meetingId) {
        return new PageRef(Kind.MINUTES_OF_MEETING, meetingId);
    }

    public static PageRef objective(long objectiveId) {
        return new PageRef(Kind.OBJECTIVE, objectiveId);
    }

    public static PageRef document(long documentId) {
        return new PageRef(Kind.DOCUMENT, documentId);
    }

    public static PageRef meeting(long meetingId) {
        return new PageRef(Kind.MEETING, meetingId);
    }

    public static PageRef indicator(long indicatorId) {
        return new PageRef(Kind.INDICATOR, indicatorId);
    }
}
