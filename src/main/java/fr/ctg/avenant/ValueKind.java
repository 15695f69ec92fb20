package fr.ctg.avenant;

/** How a recorded value is shown: as written, as Markdown, as a date (ISO), a number, a message key, yes/no. */
public enum ValueKind {
    TEXT, MARKDOWN, DATE, NUMBER, KEY, BOOLEAN
}
