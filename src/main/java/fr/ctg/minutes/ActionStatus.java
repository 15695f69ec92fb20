package fr.ctg.minutes;

/** An action item's status. */
public enum ActionStatus {
    OPEN, DONE, DROPPED;

    public String labelKey() {
        return "actionItem.status." + name();
    }
}
