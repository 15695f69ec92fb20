package fr.ctg.governance;

import fr.ctg.governance.internal.Meeting;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iCalendar invitation joined to a convocation (RFC 5546): {@code METHOD:REQUEST} with the meeting's stable UID
 * (the one of the calendar feed) and its SEQUENCE, raised by each move; {@code METHOD:CANCEL} when it is cancelled.
 * Outlook and Thunderbird add, move or remove the event in the person's calendar.
 */
final class ConvocationIcs {

    static final String CONTENT_TYPE_REQUEST = "text/calendar; charset=UTF-8; method=REQUEST";
    static final String CONTENT_TYPE_CANCEL = "text/calendar; charset=UTF-8; method=CANCEL";

    private ConvocationIcs() {
    }

    static String uid(long meetingId) {
        return "meeting-" + meetingId + "@portail-ctg";
    }

    static byte[] render(Meeting m, int sequence, String summary, boolean cancel, String organizer, String attendeeEmail,
                         String attendeeName, String description, String url, Instant now) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Portail CTG//Convocations//FR"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        VEvent e = new VEvent(m.getStartsAt(), m.getEndsAt(), summary);
        e.add(new Uid(uid(m.getId())));
        e.replace(new DtStamp(now));
        e.add(new Sequence(sequence));
        String where = m.getPlace() != null ? m.getPlace() : m.getVideoLink();
        if (where != null) {
            e.add(new Location(where));
        }
        e.add(new Description(description));
        e.add(new Url(URI.create(url)));
        Organizer org = new Organizer(URI.create("mailto:" + organizer));
        org.add(new Cn("Portail CTG"));
        e.add(org);
        Attendee attendee = new Attendee(URI.create("mailto:" + attendeeEmail));
        attendee.add(new Cn(attendeeName));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        attendee.add(new Rsvp(false));
        e.add(attendee);
        if (cancel) {
            e.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        cal.add(e);
        return cal.toString().getBytes(StandardCharsets.UTF_8);
    }
}
