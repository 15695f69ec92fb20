package fr.ctg.governance;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.SecretTokens;
import fr.ctg.governance.internal.AgendaItemRepository;
import fr.ctg.governance.internal.Attendance;
import fr.ctg.governance.internal.AttendanceRepository;
import fr.ctg.governance.internal.CommitteeEntity;
import fr.ctg.governance.internal.CommitteeRepository;
import fr.ctg.governance.internal.Convocation;
import fr.ctg.governance.internal.ConvocationRepository;
import fr.ctg.governance.internal.Meeting;
import fr.ctg.governance.internal.MeetingRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.Contact;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.MemberSummary;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convocations people answer without logging in: each convened person gets a personal link (only its SHA-256 is
 * kept; a newer e-mail replaces it) to say present, remote, absent or represented by another convened member (at most
 * the committee's number of proxies per holder), once, before the meeting starts. The secretariat sees who opened and
 * who answered, reminds the others, and sees the quorum those answers give.
 */
@Service
@Transactional
public class ConvocationService {

    private final ConvocationRepository convocations;
    private final MeetingRepository meetings;
    private final CommitteeRepository committees;
    private final AttendanceRepository attendance;
    private final AgendaItemRepository agenda;
    private final AccountService accounts;
    private final ConventionAccessService access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConvocationService(ConvocationRepository convocations, MeetingRepository meetings, CommitteeRepository committees,
                       AttendanceRepository attendance, AgendaItemRepository agenda, AccountService accounts,
                       ConventionAccessService access, ApplicationEventPublisher events, Clock clock) {
        this.convocations = convocations;
        this.meetings = meetings;
        this.committees = committees;
        this.attendance = attendance;
        this.agenda = agenda;
        this.accounts = accounts;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new personal link for this person and meeting (the previous one, if any, stops working). After a move the
     * person may answer again (their previous answer stays recorded until they do).
     */
    String issueLink(long meetingId, long accountId, ConvocationMailing.Kind kind) {
        String token = SecretTokens.newToken();
        String hash = SecretTokens.sha256(token);
        Instant now = clock.instant();
        convocations.findByMeetingIdAndAccountId(meetingId, accountId).ifPresentOrElse(
                c -> {
                    if (kind == ConvocationMailing.Kind.REMINDER) {
                        c.reminded(hash, now);
                    } else {
                        c.resend(hash, now, kind == ConvocationMailing.Kind.MOVED);
                    }
                },
                () -> convocations.save(new Convocation(meetingId, accountId, hash, now)));
        return token;
    }

    /** What the link shows; the first opening is recorded. An unknown or replaced link: {@link NotFoundException}. */
    public ConvocationDetails open(String token) {
        Link link = byToken(token);
        link.convocation().opened(clock.instant());
        return details(link);
    }

    /**
     * The person's answer, once: present, remote, absent ({@link AttendanceStatus#EXCUSED}) or represented by
     * {@code proxyAccountId}. Refused after the meeting started, for a cancelled meeting, a second time, and for a
     * proxy not convened, absent or represented themself, or already holding the most proxies the committee allows,
     * and an absence from someone who holds proxies (a proxy is carried by someone who attends).
     */
    public ConvocationDetails answer(String token, AttendanceStatus status, @Nullable Long proxyAccountId) {
        Link link = byToken(token);
        Convocation c = link.convocation();
        Meeting m = link.meeting();
        String refusal = refusal(c, m);
        if (refusal != null) {
            throw new BusinessRuleException(refusal);
        }
        if (status == null) {
            throw new BusinessRuleException("convocation.error.status");
        }
        if (status == AttendanceStatus.REPRESENTED && proxyAccountId != null) {
            convocations.lockByMeetingIdAndAccountId(m.getId(), proxyAccountId);
        }
        List<Attendance> answers = attendance.findByMeetingIdOrderById(m.getId());
        boolean absent = status == AttendanceStatus.EXCUSED || status == AttendanceStatus.REPRESENTED;
        if (absent && proxiesHeld(answers, c.getAccountId()) > 0) {
            throw new BusinessRuleException("convocation.error.holderAbsent");
        }
        Long proxy = null;
        if (status == AttendanceStatus.REPRESENTED) {
            CommitteeEntity committee = committees.findById(m.getCommitteeId()).orElseThrow();
            if (proxyAccountId == null || proxyAccountId.equals(c.getAccountId())
                    || convocations.lockByMeetingIdAndAccountId(m.getId(), proxyAccountId).isEmpty()) {
                throw new BusinessRuleException("convocation.error.proxyNotConvened");
            }
            if (!mayHold(answers, proxyAccountId)) {
                throw new BusinessRuleException("convocation.error.proxyAbsent");
            }
            if (proxiesHeld(answers, proxyAccountId) >= committee.getMaxProxies()) {
                throw new BusinessRuleException("convocation.error.proxyFull", committee.getMaxProxies());
            }
            proxy = proxyAccountId;
        }
        Instant now = clock.instant();
        Long chosenProxy = proxy;
        attendance.findByMeetingIdAndAccountId(m.getId(), c.getAccountId()).ifPresentOrElse(
                a -> a.answer(status, chosenProxy, now),
                () -> {
                    Attendance a = new Attendance(m.getId(), c.getAccountId());
                    a.answer(status, chosenProxy, now);
                    attendance.save(a);
                });
        c.answered(now);
        return details(link);
    }

    /** For the secretariat: every convened person and where their convocation stands. */
    @Transactional(readOnly = true)
    public List<ConvocationRow> tracking(long meetingId) {
        Meeting m = scheduled(meetingId);
        Map<Long, String> names = names(m.getConventionId());
        Map<Long, Attendance> answers = attendance.findByMeetingIdOrderById(meetingId).stream()
                .collect(Collectors.toMap(Attendance::getAccountId, Function.identity(), (a, b) -> a));
        return convocations.findByMeetingIdOrderById(meetingId).stream().map(c -> {
            Attendance a = c.getAnsweredAt() == null ? null : answers.get(c.getAccountId());
            return new ConvocationRow(c.getAccountId(), names.getOrDefault(c.getAccountId(), "?"), c.getSentAt(),
                    c.getOpenedAt(), c.getAnsweredAt(), a == null ? null : a.getStatus(),
                    a == null || a.getProxyAccountId() == null ? null : names.get(a.getProxyAccountId()),
                    c.getRemindedAt());
        }).toList();
    }

    /** Sends a reminder (with a new link) to those who have not answered; returns how many. */
    public int remind(long meetingId) {
        Meeting m = scheduled(meetingId);
        if (m.getStatus() != MeetingStatus.CONVENED || !clock.instant().isBefore(m.getStartsAt())) {
            throw new BusinessRuleException("convocation.error.remind");
        }
        List<Long> silent = convocations.findByMeetingIdOrderById(meetingId).stream()
                .filter(c -> c.getAnsweredAt() == null).map(Convocation::getAccountId).toList();
        if (!silent.isEmpty()) {
            events.publishEvent(new ConvocationMailing(m.getConventionId(), meetingId, ConvocationMailing.Kind.REMINDER,
                    m.getIcsSequence(), silent));
        }
        return silent.size();
    }

    /** The quorum the answers give (and, once the meeting is held, the one recorded then). */
    @Transactional(readOnly = true)
    public QuorumSummary quorum(long meetingId) {
        Meeting m = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        access.require(m.getConventionId(), Role.CONVENTION_READERS);
        return Quorum.of(m, committees.findById(m.getCommitteeId()).orElseThrow(),
                accounts.members(m.getConventionId()), attendance.findByMeetingIdOrderById(meetingId));
    }

    private ConvocationDetails details(Link link) {
        Convocation c = link.convocation();
        Meeting m = link.meeting();
        CommitteeEntity committee = committees.findById(m.getCommitteeId()).orElseThrow();
        Map<Long, String> names = link.people().values().stream()
                .collect(Collectors.toMap(Contact::accountId, Contact::displayName));
        List<Attendance> answers = attendance.findByMeetingIdOrderById(m.getId());
        Attendance mine = c.getAnsweredAt() == null ? null : answers.stream()
                .filter(a -> a.getAccountId().equals(c.getAccountId())).findFirst().orElse(null);
        List<ConvocationDetails.ProxyChoice> proxies = convocations.findByMeetingIdOrderById(m.getId()).stream()
                .map(Convocation::getAccountId)
                .filter(id -> !id.equals(c.getAccountId()) && names.containsKey(id))
                .filter(id -> mayHold(answers, id) && proxiesHeld(answers, id) < committee.getMaxProxies())
                .map(id -> new ConvocationDetails.ProxyChoice(id, names.get(id))).toList();
        ZoneId zone = ZoneId.of(m.getTimeZone());
        return new ConvocationDetails(m.getId(), committee.getName(), m.getTitle(), m.getStartsAt().atZone(zone),
                m.getEndsAt().atZone(zone), m.getPlace(), m.getVideoLink(),
                agenda.findByMeetingIdOrderByPosition(m.getId()).stream().map(AgendaService::view).toList(),
                names.getOrDefault(c.getAccountId(), ""), mine == null ? null : mine.getStatus(),
                mine == null || mine.getProxyAccountId() == null ? null : names.get(mine.getProxyAccountId()),
                refusal(c, m), proxies, link.people().get(c.getAccountId()).locale());
    }

    private @Nullable String refusal(Convocation c, Meeting m) {
        if (m.getStatus() == MeetingStatus.CANCELLED) {
            return "convocation.error.cancelled";
        }
        if (m.getStatus() == MeetingStatus.HELD || !clock.instant().isBefore(m.getStartsAt())) {
            return "convocation.error.past";
        }
        if (c.getAnsweredAt() != null) {
            return "convocation.error.alreadyAnswered";
        }
        return null;
    }

    private static long proxiesHeld(List<Attendance> answers, long holderId) {
        return answers.stream().filter(a -> a.getStatus() == AttendanceStatus.REPRESENTED
                && Objects.equals(a.getProxyAccountId(), holderId)).count();
    }

    /** Whether someone may carry a proxy: they have not said they will be absent or represented. */
    private static boolean mayHold(List<Attendance> answers, long holderId) {
        return answers.stream().noneMatch(a -> a.getAccountId() == holderId
                && (a.getStatus() == AttendanceStatus.EXCUSED || a.getStatus() == AttendanceStatus.REPRESENTED));
    }

    /** A convocation reached by its link, its meeting and the convention's people (enabled members), read once. */
    private record Link(Convocation convocation, Meeting meeting, Map<Long, Contact> people) {
    }

    private Link byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException();
        }
        Convocation c = convocations.findByTokenHash(SecretTokens.sha256(token)).orElseThrow(NotFoundException::new);
        Meeting m = meetings.findById(c.getMeetingId()).orElseThrow(NotFoundException::new);
        Map<Long, Contact> people = SystemIdentity.call(() -> accounts.contacts(m.getConventionId())).stream()
                .collect(Collectors.toMap(Contact::accountId, Function.identity(), (a, b) -> a));
        if (!people.containsKey(c.getAccountId())) {
            throw new NotFoundException(); // left the convention, disabled or erased since the convocation
        }
        return new Link(c, m, people);
    }

    private Map<Long, String> names(long conventionId) {
        return accounts.members(conventionId).stream()
                .collect(Collectors.toMap(MemberSummary::accountId, MemberSummary::displayName, (a, b) -> a));
    }

    private Meeting scheduled(long meetingId) {
        Meeting m = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        access.require(m.getConventionId(), MeetingService.SCHEDULERS);
        return m;
    }
}
