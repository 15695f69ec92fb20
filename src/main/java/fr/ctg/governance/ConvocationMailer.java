package fr.ctg.governance;

import fr.ctg.base.i18n.Formats;
import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.mail.MailAttachment;
import fr.ctg.base.mail.MailTemplates;
import fr.ctg.base.mail.Mailer;
import fr.ctg.base.web.PublicUrl;
import fr.ctg.document.DocumentQuery;
import fr.ctg.document.DocumentService;
import fr.ctg.document.DocumentSummary;
import fr.ctg.governance.internal.AgendaItem;
import fr.ctg.governance.internal.AgendaItemRepository;
import fr.ctg.governance.internal.CommitteeRepository;
import fr.ctg.governance.internal.Meeting;
import fr.ctg.governance.internal.MeetingRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.Contact;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a convocation, a move, a cancellation or a reminder is committed, writes each convened person's e-mail in
 * their language (HTML and plain text from the {@code mail/convocation} templates): committee, day, start and end
 * with the time zone, place and video link, the agenda with presenters and documents, their personal answer link,
 * and the iCalendar invitation (or its cancellation) their calendar software adds.
 */
@Component
class ConvocationMailer {

    private final AccountService accounts;
    private final Mailer mail;
    private final MailTemplates templates;
    private final TranslationProvider translations;
    private final PublicUrl urls;
    private final ConvocationService convocations;
    private final MeetingRepository meetings;
    private final CommitteeRepository committees;
    private final AgendaItemRepository agenda;
    private final DocumentService documents;
    private final Clock clock;
    private final String organizer;

    ConvocationMailer(AccountService accounts, Mailer mail, MailTemplates templates, TranslationProvider translations,
                      PublicUrl urls, ConvocationService convocations, MeetingRepository meetings,
                      CommitteeRepository committees, AgendaItemRepository agenda, DocumentService documents,
                      Clock clock, @Value("${ctg.mail.from:portail-ctg@localhost}") String organizer) {
        this.accounts = accounts;
        this.mail = mail;
        this.templates = templates;
        this.translations = translations;
        this.urls = urls;
        this.convocations = convocations;
        this.meetings = meetings;
        this.committees = committees;
        this.agenda = agenda;
        this.documents = documents;
        this.clock = clock;
        this.organizer = address(organizer);
    }

    @ApplicationModuleListener
    void on(ConvocationMailing event) {
        SystemIdentity.run(() -> meetings.findById(event.meetingId()).ifPresent(m -> write(event, m)));
    }

    private void write(ConvocationMailing event, Meeting m) {
        boolean cancelledSince = m.getStatus() == MeetingStatus.CANCELLED
                && event.kind() != ConvocationMailing.Kind.CANCELLED;
        if (event.sequence() < m.getIcsSequence() || cancelledSince) {
            return; // a later change was mailed already (or is on its way): this one would undo it in calendars
        }
        String committee = committees.findById(m.getCommitteeId()).orElseThrow().getName();
        Map<Long, DocumentSummary> docs = documents.search(m.getConventionId(), DocumentQuery.all()).stream()
                .collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
        Map<Long, DocumentSummary> published = docs.entrySet().stream().filter(d -> d.getValue().publishedToAssociations())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<AgendaItem> agendaItems = agenda.findByMeetingIdOrderByPosition(m.getId());
        List<Map<String, Object>> items = agendaItems.stream().map(i -> item(i, docs)).toList();
        List<Map<String, Object>> associationItems = agendaItems.stream().map(i -> item(i, published)).toList();
        Set<Long> done = new HashSet<>();
        for (Contact c : accounts.contacts(m.getConventionId())) {
            if (!done.add(c.accountId()) || !event.recipientIds().contains(c.accountId()) || !c.reachable()) {
                continue;
            }
            boolean cancel = event.kind() == ConvocationMailing.Kind.CANCELLED;
            String answerUrl = cancel ? null : urls.of("convocation/" + convocations.issueLink(m.getId(),
                    c.accountId(), event.kind()));
            Locale l = c.locale();
            ZoneId zone = ZoneId.of(m.getTimeZone());
            ZonedDateTime start = m.getStartsAt().atZone(zone);
            ZonedDateTime end = m.getEndsAt().atZone(zone);
            String day = Formats.date(start.toLocalDate(), l);
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(l);
            Map<String, Object> vars = new HashMap<>();
            vars.put("kind", event.kind().name());
            vars.put("name", c.displayName());
            vars.put("committee", committee);
            vars.put("title", m.getTitle());
            vars.put("day", day);
            vars.put("start", time.format(start));
            vars.put("end", time.format(end));
            vars.put("zone", zone.getId());
            vars.put("place", m.getPlace());
            vars.put("video", m.getVideoLink());
            boolean associationOnly = c.roles().stream().allMatch(r -> r == Role.ASSOCIATION);
            vars.put("items", associationOnly ? associationItems : items);
            vars.put("answerUrl", answerUrl);
            vars.put("calendarUrl", urls.of("calendrier"));
            String subject = translations.getTranslation("convocation.subject." + event.kind().name(), l, m.getTitle(), day);
            String text = templates.text("convocation", l, vars);
            // the calendar entry is shared, synchronised, forwarded: it never holds the personal answer link
            Map<String, Object> calendarVars = new HashMap<>(vars);
            calendarVars.put("answerUrl", null);
            byte[] ics = ConvocationIcs.render(m, event.sequence(), committee + " — " + m.getTitle(), cancel,
                    organizer, c.email(), c.displayName(), templates.text("convocation", l, calendarVars),
                    urls.of("calendrier"), clock.instant());
            mail.send(c.email(), subject, text, templates.html("convocation", l, vars), List.of(new MailAttachment(
                    "invitation.ics", cancel ? ConvocationIcs.CONTENT_TYPE_CANCEL : ConvocationIcs.CONTENT_TYPE_REQUEST,
                    ics)));
        }
    }

    /** The bare address of the sender ("Portail CTG <ctg@caf.fr>" gives ctg@caf.fr). */
    static String address(String from) {
        try {
            return new InternetAddress(from).getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("ctg.mail.from is not an e-mail address: " + from, e);
        }
    }

    private Map<String, Object> item(AgendaItem i, Map<Long, DocumentSummary> docs) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", i.getTitle());
        item.put("presenter", i.getPresenter());
        item.put("documents", i.getDocumentIds().stream().map(docs::get).filter(d -> d != null && d.current() != null)
                .map(d -> Map.of("title", d.title(), "url", urls.of("files/" + d.current().id()))).toList());
        return item;
    }
}
