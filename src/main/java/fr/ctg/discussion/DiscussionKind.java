package fr.ctg.discussion;

/** What a discussion is about; the feature owning that kind of item answers for it ({@link DiscussionTopic}). */
public enum DiscussionKind {
    OBJECTIVE,
    DOCUMENT,
    MINUTES_SECTION,
    INDICATOR,
    MEETING
}
