package fr.ctg.minutes;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.Sha256;
import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.governance.AgendaItemRow;
import fr.ctg.governance.AgendaService;
import fr.ctg.governance.AttendanceRow;
import fr.ctg.governance.DeadlineService;
import fr.ctg.governance.MeetingDetails;
import fr.ctg.governance.MeetingService;
import fr.ctg.governance.MeetingStatus;
import fr.ctg.minutes.internal.Minutes;
import fr.ctg.minutes.internal.MinutesAttendee;
import fr.ctg.minutes.internal.MinutesDecision;
import fr.ctg.minutes.internal.MinutesDecisionRepository;
import fr.ctg.minutes.internal.MinutesErratum;
import fr.ctg.minutes.internal.MinutesErratumRepository;
import fr.ctg.minutes.internal.MinutesPdf;
import fr.ctg.minutes.internal.MinutesPdfRepository;
import fr.ctg.minutes.internal.MinutesRemarkRepository;
import fr.ctg.minutes.internal.MinutesRepository;
import fr.ctg.minutes.internal.MinutesSection;
import fr.ctg.minutes.internal.MinutesSectionRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes' life: opened from a held meeting (prefilled with its agenda and attendance), circulated to the
 * attendees, approved by the chair, published to an audience with a PDF whose SHA-256 is kept. Approved
 * minutes are frozen; corrections are errata beside the original text.
 */
@Service
@Transactional
public class MinutesService {

    /** Longest review period the secretariat may set. */
    public static final int MAX_REVIEW_DAYS = 60;

    private final MinutesRepository minutes;
    private final MinutesSectionRepository sections;
    private final MinutesDecisionRepository decisions;
    private final MinutesRemarkRepository remarks;
    private final MinutesErratumRepository errata;
    private final MinutesPdfRepository pdfs;
    private final MinutesGate gate;
    private final MinutesViews views;
    private final DeadlineService deadlineService;
    private final MeetingService meetings;
    private final AgendaService agenda;
    private final ConventionAccessService access;
    private final MinutesPdfRenderer renderer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesService(MinutesRepository minutes, MinutesSectionRepository sections, MinutesDecisionRepository decisions,
                   MinutesRemarkRepository remarks, MinutesErratumRepository errata, MinutesPdfRepository pdfs,
                   MinutesGate gate, MinutesViews views, DeadlineService deadlineService, MeetingService meetings,
                   AgendaService agenda, ConventionAccessService access, MinutesPdfRenderer renderer,
                   ApplicationEventPublisher events, Clock clock) {
        this.minutes = minutes;
        this.sections = sections;
        this.decisions = decisions;
        this.remarks = remarks;
        this.errata = errata;
        this.pdfs = pdfs;
        this.gate = gate;
        this.views = views;
        this.deadlineService = deadlineService;
        this.meetings = meetings;
        this.agenda = agenda;
        this.access = access;
        this.renderer = renderer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The minutes of a held meeting, opened as a draft on first call: one section per agenda item plus
     * "Questions diverses", and the attendance as recorded. Secretariat only.
     */
    public long openForMeeting(long meetingId) {
        MeetingDetails meeting = meetings.meeting(meetingId);
        if (!gate.isSecretariat(meeting.conventionId())) {
            return minutes.findByMeetingId(meetingId).map(Minutes::getId).filter(id -> {
                gate.readable(id);
                return true;
            }).orElseThrow(AccessRefusedException::new);
        }
        return minutes.findByMeetingId(meetingId).map(Minutes::getId).orElseGet(() -> create(meeting));
    }

    private long create(MeetingDetails meeting) {
        if (meeting.status() != MeetingStatus.HELD) {
            throw new BusinessRuleException("minutes.error.notHeld");
        }
        Minutes m = new Minutes(meeting.conventionId(), meeting.id(), meeting.committee().id(),
                "Compte rendu — " + meeting.title(), meeting.committee().name(), meeting.start().toInstant(),
                meeting.start().getZone().getId(), meeting.place());
        m.replaceAttendees(attendees(meeting.id()));
        minutes.save(m);
        int position = 0;
        for (AgendaItemRow item : agenda.agenda(meeting.id())) {
            String presenter = item.presenter() == null ? "" : "_Présenté par " + item.presenter() + "._\n\n";
            sections.save(new MinutesSection(m.getId(), ++position, item.title(), item.id(), presenter));
        }
        sections.save(new MinutesSection(m.getId(), ++position, "Questions diverses", null, ""));
        return m.getId();
    }

    private List<MinutesAttendee> attendees(long meetingId) {
        List<AttendanceRow> list = meetings.attendance(meetingId);
        Map<Long, String> names = list.stream()
                .collect(Collectors.toMap(AttendanceRow::accountId, AttendanceRow::displayName, (a, b) -> a));
        return list.stream().map(a -> new MinutesAttendee(a.accountId(), a.displayName(), a.status(),
                a.proxyAccountId() == null ? null : names.getOrDefault(a.proxyAccountId(), null))).toList();
    }

    @Transactional(readOnly = true)
    public MinutesDetails details(long minutesId) {
        return views.details(gate.readable(minutesId));
    }

    /** Published minutes the caller reads, newest meeting first, optionally of one committee and matching words. */
    @Transactional(readOnly = true)
    public List<MinutesSummary> published(long conventionId, Long committeeId, String query) {
        Set<Role> roles = access.require(conventionId, Role.ANY_MEMBER);
        List<String> words = MinutesSearch.words(query);
        return minutes.findByConventionIdAndStatusOrderByMeetingStartsAtDesc(conventionId, MinutesStatus.PUBLISHED)
                .stream()
                .filter(m -> committeeId == null || m.getCommitteeId().equals(committeeId))
                .filter(m -> MinutesSearch.matches(m.getSearchText(), words))
                .filter(m -> gate.canRead(m, roles))
                .map(MinutesViews::summary).toList();
    }

    /** Minutes not yet published that the caller may open (the secretariat's drafts, drafts under review). */
    @Transactional(readOnly = true)
    public List<MinutesSummary> inProgress(long conventionId) {
        Set<Role> roles = access.require(conventionId, Role.ANY_MEMBER);
        return minutes.findByConventionIdAndStatusNotOrderByMeetingStartsAtDesc(conventionId, MinutesStatus.PUBLISHED)
                .stream().filter(m -> gate.canRead(m, roles)).map(MinutesViews::summary).toList();
    }

    /** Circulates the draft to the attendees until {@code until} (today to {@value #MAX_REVIEW_DAYS} days). */
    public void startReview(long minutesId, LocalDate until) {
        Minutes m = gate.forSecretariat(minutesId);
        if (m.getStatus() != MinutesStatus.DRAFT) {
            throw new BusinessRuleException("minutes.error.notDraft");
        }
        LocalDate today = LocalDate.now(clock);
        if (until == null || until.isBefore(today) || until.isAfter(today.plusDays(MAX_REVIEW_DAYS))) {
            throw new BusinessRuleException("minutes.error.reviewPeriod", MAX_REVIEW_DAYS);
        }
        m.replaceAttendees(attendees(m.getMeetingId()));
        List<Long> reviewers = MinutesGate.reviewers(m).stream().map(MinutesAttendee::getAccountId).toList();
        if (reviewers.isEmpty()) {
            throw new BusinessRuleException("minutes.error.noAttendees");
        }
        m.startReview(until);
        events.publishEvent(new MinutesCirculated(m.getConventionId(), m.getId(), m.getTitle(), reviewers, until,
                gate.me(), gate.myName()));
    }

    /**
     * Approves circulated minutes and freezes them. The chair approves; the secretariat may record the approval
     * given by a later held meeting of the same committee ({@code atMeetingId}). Open remarks need {@code
     * confirmOpenRemarks}.
     */
    public void approve(long minutesId, Long atMeetingId, boolean confirmOpenRemarks) {
        Minutes m = gate.readable(minutesId);
        if (m.getStatus() != MinutesStatus.IN_REVIEW) {
            throw new BusinessRuleException("minutes.error.notInReview");
        }
        if (atMeetingId != null) {
            if (!gate.isSecretariat(m.getConventionId())) {
                throw new AccessRefusedException();
            }
            MeetingDetails later = meetings.meeting(atMeetingId);
            if (later.committee().id() != m.getCommitteeId() || later.status() != MeetingStatus.HELD
                    || !later.start().toInstant().isAfter(m.getMeetingStartsAt())) {
                throw new BusinessRuleException("minutes.error.approvalMeeting");
            }
        } else if (!gate.isChair(m)) {
            throw new AccessRefusedException();
        }
        long open = remarks.countByMinutesIdAndResolutionIsNull(minutesId);
        if (open > 0 && !confirmOpenRemarks) {
            throw new BusinessRuleException("minutes.error.openRemarks", open);
        }
        m.approve(clock.instant(), gate.me(), gate.myName(), atMeetingId);
        sections.findByMinutesIdOrderByPosition(minutesId).forEach(MinutesSection::lock);
        decisions.findByMinutesIdOrderById(minutesId).forEach(MinutesDecision::lock);
    }

    /** Publishes approved minutes to their audience, with the PDF (its SHA-256 kept). */
    public void publish(long minutesId, Audience audience, boolean includeAssociations) {
        Minutes m = gate.forSecretariat(minutesId);
        if (m.getStatus() != MinutesStatus.APPROVED) {
            throw new BusinessRuleException("minutes.error.notApproved");
        }
        if (audience == null) {
            throw new BusinessRuleException("minutes.error.audience");
        }
        MinutesDetails before = views.details(m);
        m.publish(clock.instant(), audience, includeAssociations, MinutesSearch.text(before));
        writePdfs(m, 1);
        events.publishEvent(new MinutesPublished(m.getConventionId(), m.getId(), m.getTitle(),
                gate.audience(m, audience, includeAssociations), gate.me(), gate.myName()));
    }

    /** Adds an erratum to approved or published minutes (secretariat or chair); the original text stays. */
    public MinutesDetails.ErratumItem addErratum(long minutesId, Long sectionId, String body) {
        Minutes m = gate.readable(minutesId);
        if (m.getStatus().editable()) {
            throw new BusinessRuleException("minutes.error.erratumBeforeApproval");
        }
        if (!gate.isSecretariat(m.getConventionId()) && !gate.isChair(m)) {
            throw new AccessRefusedException();
        }
        String text = MinutesText.markdown(body, 10_000, "minutes.error.erratum");
        if (sectionId != null && sections.findById(sectionId).filter(s -> s.getMinutesId() == minutesId).isEmpty()) {
            throw new NotFoundException();
        }
        minutes.lock(minutesId);
        MinutesErratum e = errata.saveAndFlush(new MinutesErratum(minutesId, sectionId, gate.me(), gate.myName(), text));
        if (m.getStatus() == MinutesStatus.PUBLISHED) {
            // The published PDF carries its errata: a new version, the earlier ones kept.
            writePdfs(m, pdfs.findFirstByMinutesIdOrderByVersionDesc(minutesId).map(MinutesPdf::getVersion).orElse(0) + 1);
        }
        return new MinutesDetails.ErratumItem(e.getId(), sectionId, e.getAuthorName(), e.getBody(), e.getCreatedAt());
    }

    /** The published PDF of a version in French and English, with the errata recorded so far. */
    private void writePdfs(Minutes m, int version) {
        MinutesDetails details = views.details(m);
        for (Locale language : List.of(TranslationProvider.FRENCH, TranslationProvider.ENGLISH)) {
            byte[] pdf = renderer.render(details, language);
            pdfs.save(new MinutesPdf(m.getId(), version, language.getLanguage(), details.errata().size(), clock.instant(),
                    pdf, Sha256.hex(pdf)));
        }
    }

    /** The SHA-256 of the latest published PDF in the reader's language (French when there is none), or null. */
    @Transactional(readOnly = true)
    public String pdfSha256(long minutesId, Locale locale) {
        Minutes m = gate.readable(minutesId);
        if (m.getStatus() != MinutesStatus.PUBLISHED) {
            return null;
        }
        String language = TranslationProvider.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "fr";
        return pdfs.findFirstByMinutesIdAndLanguageOrderByVersionDesc(minutesId, language)
                .or(() -> pdfs.findFirstByMinutesIdAndLanguageOrderByVersionDesc(minutesId, "fr"))
                .map(MinutesPdf::getSha256).orElse(null);
    }

    /** The PDF of published minutes the caller reads, in French. */
    @Transactional(readOnly = true)
    public PublishedPdf pdf(long minutesId) {
        return pdf(minutesId, TranslationProvider.FRENCH);
    }

    /** The latest PDF of published minutes the caller reads, in the caller's language (French when there is none). */
    @Transactional(readOnly = true)
    public PublishedPdf pdf(long minutesId, Locale locale) {
        Minutes m = gate.readable(minutesId);
        String language = TranslationProvider.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "fr";
        MinutesPdf pdf = pdfs.findFirstByMinutesIdAndLanguageOrderByVersionDesc(minutesId, language)
                .or(() -> pdfs.findFirstByMinutesIdAndLanguageOrderByVersionDesc(minutesId, "fr"))
                .filter(p -> m.getStatus() == MinutesStatus.PUBLISHED)
                .orElseThrow(NotFoundException::new);
        LocalDate day = m.getMeetingStartsAt().atZone(ZoneId.of(m.getMeetingTimeZone())).toLocalDate();
        events.publishEvent(JournalEvent.of(JournalKind.DOCUMENT_DOWNLOADED)
                .convention(m.getConventionId()).detail("compte rendu " + m.getId() + " " + m.getTitle()));
        return new PublishedPdf("compte-rendu-" + day + "-" + m.getId() + (pdf.getVersion() > 1 ? "-v" + pdf.getVersion() : "")
                + ".pdf", pdf.getContent(), pdf.getSha256());
    }

    /** Held meetings of the same committee after these minutes' meeting: where they may have been approved. */
    @Transactional(readOnly = true)
    public List<MeetingDetails> laterMeetings(long minutesId) {
        Minutes m = gate.forSecretariat(minutesId);
        LocalDate from = m.getMeetingStartsAt().atZone(ZoneId.of(m.getMeetingTimeZone())).toLocalDate();
        return deadlineService.calendar(m.getConventionId(), from, from.plusYears(2)).meetings().stream()
                .filter(x -> x.committee().id() == m.getCommitteeId() && x.status() == MeetingStatus.HELD
                        && x.start().toInstant().isAfter(m.getMeetingStartsAt()))
                .sorted(Comparator.comparing(MeetingDetails::start)).toList();
    }
}
