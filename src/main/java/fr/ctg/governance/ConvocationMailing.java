package fr.ctg.governance;

import java.util.List;

/**
 * Convocation e-mails to write after the commit (by {@code ConvocationMailer}): {@code kind} says whether it is the convocation, its update after a
 * move, its cancellation or a reminder; {@code sequence} is the meeting's iCalendar SEQUENCE for this mail.
 */
public record ConvocationMailing(long conventionId, long meetingId, Kind kind, int sequence, List<Long> recipientIds) {

    public enum Kind { CONVENED, MOVED, CANCELLED, REMINDER }

    public ConvocationMailing {
        recipientIds = List.copyOf(recipientIds);
    }
}
