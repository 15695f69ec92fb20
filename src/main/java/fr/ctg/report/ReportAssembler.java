package fr.ctg.report;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.docs.DocOutline;
import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.pdf.PdfLogo;
import fr.ctg.convention.ConventionOverview;
import fr.ctg.convention.ConventionService;
import fr.ctg.governance.DeadlineItem;
import fr.ctg.governance.DeadlineKind;
import fr.ctg.governance.DeadlineService;
import fr.ctg.governance.MeetingDetails;
import fr.ctg.governance.MeetingStatus;
import fr.ctg.minutes.MinutesDetails;
import fr.ctg.minutes.MinutesService;
import fr.ctg.minutes.MinutesSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts a report together from the sections, in the reader's language: cover with both parties (Article 8),
 * summary with what is missing, the sections, next steps. A section that fails is named in the report as
 * missing, never shown as a stack trace.
 */
@Component
class ReportAssembler {

    static final int NEXT_STEPS_MONTHS = 6;
    private static final Logger log = LoggerFactory.getLogger(ReportAssembler.class);

    private final ConventionService conventions;
    private final MinutesService minutes;
    private final DeadlineService deadlines;
    private final List<ReportSection> sections;
    private final TranslationProvider translations;

    ReportAssembler(ConventionService conventions, MinutesService minutes, DeadlineService deadlines,
                    List<ReportSection> sections, TranslationProvider translations) {
        this.conventions = conventions;
        this.minutes = minutes;
        this.deadlines = deadlines;
        this.sections = sections;
        this.translations = translations;
    }

    record Assembled(DocOutline outline, List<String> missing) {
    }

    Assembled assemble(ReportRequest request, Locale locale, ReportProgress progress) {
        ReportContext r = new ReportContext(request, locale, translations);
        int total = sections.size() + 2;
        tell(progress, 0, total, "report.step.convention");
        ConventionOverview c = conventions.overview(request.conventionId());
        List<PdfLogo> logos = conventions.partyLogos(request.conventionId());
        if (logos.stream().anyMatch(l -> l.png() == null)) {
            r.missing.add(r.t("report.missing.logo", logos.stream().filter(l -> l.png() == null).map(PdfLogo::label)
                    .collect(Collectors.joining(", "))));
        }
        String title = r.t(request.kind().labelKey()) + " — " + c.title();
        r.blocks.add(new DocOutline.Title(title, r.t("report.cover.period", r.date(request.from()), r.date(request.to()))));
        r.text(c.parties().stream().map(ConventionOverview.PartyRow::name).collect(Collectors.joining(" — ")));
        r.text(r.t("report.cover.convention", c.territory() == null ? "—" : c.territory(), r.date(c.startDate()),
                r.date(c.endDate())));
        int summaryAt = r.blocks.size();
        r.minutes = minutesOfPeriod(r);
        int done = 1;
        for (ReportSection section : sections) {
            tell(progress, done++, total, section.stepKey());
            int mark = r.blocks.size();
            try {
                section.write(r);
            } catch (AccessRefusedException | NotFoundException e) {
                r.blocks.subList(mark, r.blocks.size()).clear();
                r.missing("report.missing.refused", r.t(section.stepKey()));
            } catch (RuntimeException e) {
                log.warn("Report section {} of convention {} failed", section.getClass().getSimpleName(),
                        request.conventionId(), e);
                r.blocks.subList(mark, r.blocks.size()).clear();
                r.missing("report.missing.failed", r.t(section.stepKey()));
            }
        }
        tell(progress, done, total, "report.step.next");
        int mark = r.blocks.size();
        try {
            nextSteps(r);
        } catch (RuntimeException e) {
            log.warn("Report next steps of convention {} failed", request.conventionId(), e);
            r.blocks.subList(mark, r.blocks.size()).clear();
            r.missing("report.missing.failed", r.t("report.step.next"));
        }
        r.blocks.addAll(summaryAt, summary(r));
        return new Assembled(new DocOutline(title, logos, List.copyOf(r.blocks)), List.copyOf(r.missing));
    }

    /** Progress is for the page; a page closed meanwhile does not stop the build. */
    private static void tell(ReportProgress progress, int done, int total, String key) {
        try {
            progress.step(done, total, key);
        } catch (RuntimeException e) {
            log.debug("Report progress not shown: {}", e.toString());
        }
    }

    private List<MinutesDetails> minutesOfPeriod(ReportContext r) {
        try {
            return minutes.published(r.request.conventionId(), null, null).stream()
                    .filter(m -> r.inPeriod(m.meetingDate()))
                    .sorted(Comparator.comparing(MinutesSummary::meetingDate))
                    .map(m -> minutes.details(m.id())).toList();
        } catch (AccessRefusedException | NotFoundException e) {
            return List.of();
        }
    }

    private static List<DocOutline.Block> summary(ReportContext r) {
        List<DocOutline.Block> blocks = new ArrayList<>();
        blocks.add(new DocOutline.Heading(1, r.t("report.summary")));
        blocks.add(new DocOutline.Text(r.t("report.summary.minutes", r.minutes.size())));
        if (r.missing.isEmpty()) {
            blocks.add(new DocOutline.Text(r.t("report.summary.complete")));
        } else {
            blocks.add(new DocOutline.Text(r.t("report.summary.missing", r.missing.size())));
            r.missing.forEach(m -> blocks.add(new DocOutline.Bullet(m)));
        }
        return blocks;
    }

    private void nextSteps(ReportContext r) {
        r.heading(1, "report.next");
        var after = deadlines.calendar(r.request.conventionId(), r.request.to().plusDays(1),
                r.request.to().plusMonths(NEXT_STEPS_MONTHS));
        List<MeetingDetails> meetings = after.meetings().stream().filter(m -> m.status() != MeetingStatus.CANCELLED
                && m.status() != MeetingStatus.HELD).sorted(Comparator.comparing(MeetingDetails::start)).toList();
        List<DeadlineItem> due = after.deadlines().stream().filter(d -> !d.done() && !d.cancelled()
                && d.kind() != DeadlineKind.ACTION_ITEM).sorted(Comparator.comparing(DeadlineItem::dueDate)).toList();
        if (meetings.isEmpty() && due.isEmpty()) {
            r.text(r.t("report.next.none", NEXT_STEPS_MONTHS));
            return;
        }
        meetings.forEach(m -> r.blocks.add(new DocOutline.Bullet(r.date(m.start().toLocalDate()) + " — "
                + m.committee().name() + " — " + m.title())));
        due.forEach(d -> r.blocks.add(new DocOutline.Bullet(r.date(d.dueDate()) + " — " + d.title())));
    }
}
