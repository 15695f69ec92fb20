package fr.ctg.governance;

/** How a member attended a meeting. */
public enum AttendanceStatus {
    PRESENT, REMOTE, EXCUSED, REPRESENTED;

    public String labelKey() {
        return "attendance.status." + name();
    }
}
