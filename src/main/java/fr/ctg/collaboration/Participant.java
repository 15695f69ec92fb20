package fr.ctg.collaboration;

/**
 * One open view of a person on a topic: {@code key} is unique per UI (a person with two tabs is two
 * participants), so that presence and field focus follow each tab.
 */
public record Participant(String key, long accountId, String displayName) {
}
