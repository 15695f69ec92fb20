package fr.ctg.convention;

/** Collaboration topics of the convention's text. */
public final class ConventionTopics {

    private ConventionTopics() {
    }

    /** Presence, focus and saves of one article or annex. */
    public static String textPart(long conventionId, TextPart part, int number) {
        return "convention-text:" + conventionId + ":" + part.name() + ":" + number;
    }
}
