package fr.ctg.governance;

import java.util.List;

/**
 * A convened meeting moved or was cancelled: the people convened are told in the portal (the convocation e-mails
 * and invitations go with {@link ConvocationMailing}); {@code when} is the (new) day, written in French.
 */
public record MeetingChanged(long conventionId, long meetingId, String title, String when, boolean cancelled,
                             List<Long> convenedIds, long actorId, String actorName) {

    public MeetingChanged {
        convenedIds = List.copyOf(convenedIds);
    }
}
