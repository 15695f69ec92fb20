package fr.ctg.document;

/** What a document can be linked to. */
public enum LinkTarget {
    OBJECTIVE, MEETING, AVENANT, ANNEX, MILESTONE
}
