package fr.ctg.governance;

/** Where a meeting stands. */
public enum MeetingStatus {
    PLANNED, CONVENED, HELD, CANCELLED;

    public String labelKey() {
        return "meeting.status." + name();
    }
}
