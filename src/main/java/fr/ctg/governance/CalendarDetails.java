package fr.ctg.governance;

import java.util.List;

/** What the calendar shows for a period: meetings and deadlines. */
public record CalendarDetails(List<MeetingDetails> meetings, List<DeadlineItem> deadlines) {
}
