package fr.ctg.governance;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** One e-mail as GreenMail received it: its plain text, HTML, iCalendar attachment and answer link. */
public record ReceivedMail(String subject, String text, String html, String icsContentType, Calendar ics) {

    private static final Pattern LINK = Pattern.compile("/convocation/([A-Za-z0-9_-]{20,})");

    public static List<ReceivedMail> to(GreenMailExtension greenMail, String address) {
        return to(greenMail.getReceivedMessages(), address);
    }

    public static List<ReceivedMail> to(MimeMessage[] received, String address) {
        return Arrays.stream(received).filter(m -> sentTo(m, address)).map(ReceivedMail::of).toList();
    }

    public String token() {
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no answer link in: " + text);
        }
        return m.group(1);
    }

    public String icsProperty(String name) {
        Optional<VEvent> event = ics.getComponent("VEVENT");
        return event.flatMap(e -> e.<Property>getProperty(name)).map(Property::getValue).orElse(null);
    }

    public String icsMethod() {
        return ics.<Property>getProperty("METHOD").map(Property::getValue).orElse(null);
    }

    private static boolean sentTo(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
        } catch (Exception e) {
            return false;
        }
    }

    private static ReceivedMail of(MimeMessage m) {
        try {
            Parts parts = new Parts();
            parts.walk(m);
            return new ReceivedMail(m.getSubject(), parts.text, parts.html, parts.icsType, parts.ics);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Parts {
        String text;
        String html;
        String icsType;
        Calendar ics;

        void walk(Part p) throws Exception {
            if (p.isMimeType("multipart/*")) {
                Multipart mp = (Multipart) p.getContent();
                for (int i = 0; i < mp.getCount(); i++) {
                    BodyPart part = mp.getBodyPart(i);
                    walk(part);
                }
            } else if ("invitation.ics".equals(p.getFileName())) {
                icsType = p.getContentType();
                try (InputStream in = p.getInputStream()) {
                    ics = parse(in.readAllBytes());
                }
            } else if (p.isMimeType("text/plain") && text == null) {
                text = (String) p.getContent();
            } else if (p.isMimeType("text/html")) {
                html = (String) p.getContent();
            }
        }

        private static Calendar parse(byte[] bytes) {
            try {
                return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ParserException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
