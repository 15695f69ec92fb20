package fr.ctg.governance;

import fr.ctg.base.i18n.Formats;
import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.mail.Mailer;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionService;
import fr.ctg.governance.internal.CommitteeEntity;
import fr.ctg.governance.internal.CommitteeRepository;
import fr.ctg.governance.internal.Deadline;
import fr.ctg.governance.internal.DeadlineRepository;
import fr.ctg.governance.internal.Meeting;
import fr.ctg.governance.internal.MeetingRepository;
import fr.ctg.governance.internal.ReminderSent;
import fr.ctg.governance.internal.ReminderSentRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.Committee;
import fr.ctg.security.Contact;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail reminders {@code ctg.reminders.days-before} days (or fewer) before each open deadline and each
 * meeting. Each reminder is recorded under a unique key (item, its date, person) in the same transaction
 * as it is put in the mail outbox: a reminder is never sent twice, even after a restart, and one whose sending
 * failed is tried again by the outbox. A moved deadline has a new date, hence a new reminder.
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final ConventionService conventions;
    private final AccountService accounts;
    private final CommitteeRepository committees;
    private final MeetingRepository meetings;
    private final DeadlineRepository deadlines;
    private final ReminderSentRepository sent;
    private final Mailer mail;
    private final TranslationProvider translations;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int daysBefore;

    ReminderService(ConventionService conventions, AccountService accounts, CommitteeRepository committees,
                    MeetingRepository meetings, DeadlineRepository deadlines, ReminderSentRepository sent,
                    Mailer mail, TranslationProvider translations, TransactionTemplate tx, Clock clock,
                    @Value("${ctg.reminders.days-before:7}") int daysBefore) {
        this.conventions = conventions;
        this.accounts = accounts;
        this.committees = committees;
        this.meetings = meetings;
        this.deadlines = deadlines;
        this.sent = sent;
        this.mail = mail;
        this.translations = translations;
        this.tx = tx;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    /** Sends what is due today (as the platform); returns how many e-mails were sent. */
    public int sendDue() {
        return SystemIdentity.call(() -> {
            LocalDate today = LocalDate.now(clock);
            LocalDate until = today.plusDays(daysBefore);
            int count = 0;
            for (ConventionRef c : conventions.myConventions()) {
                List<Contact> contacts = accounts.contacts(c.id());
                for (Deadline d : deadlines.findByConventionIdAndDueDateBetweenOrderByDueDate(c.id(), today, until)) {
                    if (d.isDone() || d.isCancelled()) {
                        continue;
                    }
                    for (Contact who : recipients(contacts, d.getOwnerAccountId(), null)) {
                        Locale l = who.locale();
                        String subject = translations.getTranslation("reminder.deadline.subject", l,
                                translations.getTranslation(d.getKind().labelKey(), l, d.getTitle()),
                                Formats.date(d.getDueDate(), l));
                        count += send("deadline:" + d.getId() + ":" + d.getDueDate() + ":" + who.accountId(), who,
                                subject, c.title());
                    }
                }
                ZoneId paris = ZoneId.of("Europe/Paris");
                for (Meeting m : meetings.findByConventionIdAndStartsAtBetweenOrderByStartsAt(c.id(),
                        today.atStartOfDay(paris).toInstant(), until.plusDays(1).atStartOfDay(paris).toInstant())) {
                    if (m.getStatus() == MeetingStatus.CANCELLED) {
                        continue;
                    }
                    CommitteeSummary kind = committees.findById(m.getCommitteeId()).map(ReminderService::view).orElse(null);
                    LocalDate day = m.getStartsAt().atZone(ZoneId.of(m.getTimeZone())).toLocalDate();
                    for (Contact who : recipients(contacts, null, kind)) {
                        String subject = translations.getTranslation("reminder.meeting.subject", who.locale(),
                                m.getTitle(), Formats.date(day, who.locale()));
                        count += send("meeting:" + m.getId() + ":" + m.getStartsAt() + ":" + who.accountId(), who,
                                subject, c.title());
                    }
                }
            }
            return count;
        });
    }

    /** The owner if there is one; otherwise the secretariat and the members of the committee concerned. */
    private static CommitteeSummary view(CommitteeEntity c) {
        return GovernanceRows.committee(c);
    }

    private static List<Contact> recipients(List<Contact> contacts, Long owner, CommitteeSummary committee) {
        return contacts.stream()
                .filter(Contact::reachable)
                .filter(x -> owner != null ? x.accountId() == owner
                        : x.has(Role.SECRETARIAT) || (committee != null && committee.includes(x))
                        || (committee == null && (x.sitsIn(Committee.COMITE_PILOTAGE)
                        || x.sitsIn(Committee.COMITE_SUIVI))))
                .collect(Collectors.toMap(Contact::accountId, x -> x, (a, b) -> a))
                .values().stream().toList();
    }

    private int send(String key, Contact to, String subject, String conventionTitle) {
        try {
            Integer sentNow = tx.execute(status -> {
                if (sent.existsByKey(key)) {
                    return 0;
                }
                sent.saveAndFlush(new ReminderSent(key, to.accountId()));
                // in the outbox with its key, in one transaction: sent once, retried by the outbox if the server fails
                mail.send(to.email(), subject, translations.getTranslation("reminder.body", to.locale(),
                        to.displayName(), subject, conventionTitle));
                return 1;
            });
            return sentNow == null ? 0 : sentNow;
        } catch (RuntimeException e) {
            log.warn("Reminder {} not sent, will retry: {}", key, e.toString());
            return 0;
        }
    }
}
