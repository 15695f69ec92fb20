package fr.ctg.governance;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.governance.internal.CalendarToken;
import fr.ctg.governance.internal.CalendarTokenRepository;
import fr.ctg.governance.internal.Deadline;
import fr.ctg.governance.internal.DeadlineRepository;
import fr.ctg.governance.internal.Meeting;
import fr.ctg.governance.internal.MeetingRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A personal, revocable iCal (RFC 5545) feed of a person's meetings and deadlines, for Outlook or
 * Thunderbird. The URL holds a random secret; only its SHA-256 is stored; a new secret revokes the old. It lists
 * exactly the conventions whose calendar the person may open, and nothing once their account is disabled.
 */
@Service
@Transactional
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarTokenRepository tokens;
    private final MeetingRepository meetings;
    private final DeadlineRepository deadlines;
    private final ConventionAccessService access;
    private final CurrentUser currentUser;
    private final TranslationProvider translations;

    CalendarFeedService(CalendarTokenRepository tokens, MeetingRepository meetings, DeadlineRepository deadlines,
                        ConventionAccessService access, CurrentUser currentUser, TranslationProvider translations) {
        this.tokens = tokens;
        this.meetings = meetings;
        this.deadlines = deadlines;
        this.access = access;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    /** A new secret for the caller's feed (the previous URL stops working). Returns the secret. */
    public String issueToken() {
        if (!access.hasACalendar()) {
            throw new AccessRefusedException(); // an association's contributor has no calendar, hence no feed
        }
        long accountId = currentUser.require().accountId();
        tokens.deleteByAccountId(accountId);
        tokens.flush();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new CalendarToken(accountId, sha256(token)));
        return token;
    }

    /** Whether the caller has a calendar to subscribe to (an association's contributor has none). */
    @Transactional(readOnly = true)
    public boolean offered() {
        return access.hasACalendar();
    }

    /** Revokes the caller's feed: its URL then answers 404. */
    public void revoke() {
        tokens.deleteByAccountId(currentUser.require().accountId());
    }

    /** The feed for a secret, or empty when the secret is unknown or revoked. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(sha256(token)).flatMap(t -> access.calendarAudienceOf(t.getAccountId()))
                .map(audience -> render(audience.conventionIds(), audience.language()));
    }

    private String render(List<Long> conventionIds, Locale language) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Portail CTG//Calendrier//FR"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        if (!conventionIds.isEmpty()) {
            for (Meeting m : meetings.findByConventionIdInOrderByStartsAt(conventionIds)) {
                if (m.getStatus() == MeetingStatus.CANCELLED) {
                    continue;
                }
                VEvent e = new VEvent(m.getStartsAt(), m.getEndsAt(), m.getTitle());
                e.add(new Uid(ConvocationIcs.uid(m.getId())));
                if (m.getPlace() != null) {
                    e.add(new Location(m.getPlace()));
                }
                cal.add(e);
            }
            for (Deadline d : deadlines.findByConventionIdInAndCancelledFalseOrderByDueDate(conventionIds)) {
                VEvent e = new VEvent(d.getDueDate(), translations.getTranslation(d.getKind().labelKey(),
                        language, d.getTitle()));
                e.add(new Uid("deadline-" + d.getId() + "@portail-ctg"));
                cal.add(e);
            }
        }
        return cal.toString();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
