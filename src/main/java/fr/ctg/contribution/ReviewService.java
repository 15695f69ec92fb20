package fr.ctg.contribution;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.csv.Csv;
import fr.ctg.base.csv.CsvTable;
import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.base.xlsx.XlsxSheet;
import fr.ctg.base.xlsx.XlsxWorkbook;
import fr.ctg.contribution.internal.ContributionCall;
import fr.ctg.contribution.internal.Organisation;
import fr.ctg.contribution.internal.OrganisationRepository;
import fr.ctg.contribution.internal.Submission;
import fr.ctg.contribution.internal.SubmissionRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The referents' side: submissions per call and per question, their review, and exports (CSV, Excel, PDF). */
@Service
@Transactional
public class ReviewService {

    private final SubmissionRepository submissions;
    private final OrganisationRepository organisations;
    private final ContributionGate gate;
    private final ContributionPdf pdf;
    private final ApplicationEventPublisher events;
    private final TranslationProvider translations;

    ReviewService(SubmissionRepository submissions, OrganisationRepository organisations, ContributionGate gate,
                  ContributionPdf pdf, ApplicationEventPublisher events, TranslationProvider translations) {
        this.events = events;
        this.translations = translations;
        this.submissions = submissions;
        this.organisations = organisations;
        this.gate = gate;
        this.pdf = pdf;
    }

    private void exported(CallDetails call, String format) {
        events.publishEvent(JournalEvent.of(JournalKind.EXPORT)
                .convention(call.conventionId()).detail("contributions " + call.id() + " " + format));
    }

    /** The submitted (or withdrawn) answers of a call; drafts stay the organisations' own. */
    @Transactional(readOnly = true)
    public List<SubmissionDetails> submissions(long callId) {
        ContributionCall call = gate.staffCall(callId);
        Map<Long, String> names = names(call);
        return submissions.findByCallIdOrderById(callId).stream().filter(s -> s.getStatus() != SubmissionStatus.DRAFT)
                .map(s -> SubmissionService.view(s, names.getOrDefault(s.getOrganisationId(), "?"))).toList();
    }

    /** One question across organisations: organisation name → answer (submitted ones). */
    @Transactional(readOnly = true)
    public Map<String, String> answersTo(long callId, int position) {
        return submissions(callId).stream().filter(s -> s.status() == SubmissionStatus.SUBMITTED)
                .filter(s -> s.answers().containsKey(position))
                .collect(Collectors.toMap(SubmissionDetails::organisationName,
                        s -> s.answers().get(position),
                        (a, b) -> a, TreeMap::new));
    }

    /** Marks a submission (received, under review, taken into account, not retained) with a short answer. */
    public SubmissionDetails review(long submissionId, ReviewStatus status, String answer) {
        Submission s = submissions.findById(submissionId).orElseThrow(NotFoundException::new);
        ContributionCall call = gate.staffCall(s.getCallId());
        if (s.getStatus() != SubmissionStatus.SUBMITTED) {
            throw new BusinessRuleException("contribution.error.notSubmitted");
        }
        if (status == null) {
            throw new BusinessRuleException("contribution.error.reviewStatus");
        }
        String a = answer == null || answer.isBlank() ? null : answer.strip();
        if (a != null && a.length() > 2000) {
            throw new BusinessRuleException("contribution.error.reviewAnswer");
        }
        s.review(status, a);
        return SubmissionService.view(s, names(call).getOrDefault(s.getOrganisationId(), "?"));
    }

    /** Every submitted answer of a call as CSV (UTF-8 with BOM, ';'): one line per organisation. */
    @Transactional(readOnly = true)
    public byte[] csv(long callId) {
        CallDetails call = CallService.view(gate.staffCall(callId));
        exported(call, "csv");
        List<String> header = new ArrayList<>(List.of("organisation", "reference", "depose_le", "suite"));
        call.questions().forEach(q -> header.add(q.label()));
        List<List<String>> rows = new ArrayList<>();
        for (SubmissionDetails s : submissions(callId)) {
            if (s.status() != SubmissionStatus.SUBMITTED) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(s.organisationName(), s.reference(),
                    String.valueOf(s.submittedAt()), s.reviewStatus() == null ? "" : s.reviewStatus().name()));
            for (int k = 0; k < call.questions().size(); k++) {
                row.add(s.answers().getOrDefault(k, ""));
            }
            rows.add(row);
        }
        return CsvTable.write(';', header, rows);
    }

    /**
     * Every submitted answer of a call as an Excel workbook, headers in {@code locale}: one row per organisation
     * (reference, submission time, follow-up given), one column per question; a number question's answers are
     * numbers. Whoever may export the CSV: the convention's staff.
     */
    @Transactional(readOnly = true)
    public byte[] answersXlsx(long callId, Locale locale) {
        CallDetails call = CallService.view(gate.staffCall(callId));
        exported(call, "xlsx");
        List<String> header = new ArrayList<>(List.of(t(locale, "xlsx.contribution.organisation"),
                t(locale, "xlsx.contribution.reference"), t(locale, "xlsx.contribution.submittedAt"),
                t(locale, "xlsx.contribution.reviewStatus")));
        call.questions().forEach(q -> header.add(q.label()));
        XlsxWorkbook book = XlsxWorkbook.create(call.title(), locale);
        XlsxSheet sheet = book.sheet(t(locale, "xlsx.contribution.sheet"), header);
        for (SubmissionDetails s : submissions(callId)) {
            if (s.status() != SubmissionStatus.SUBMITTED) {
                continue;
            }
            sheet.row().text(s.organisationName()).text(s.reference()).dateTime(s.submittedAt())
                    .text(s.reviewStatus() == null ? null : t(locale, s.reviewStatus().labelKey()));
            for (int k = 0; k < call.questions().size(); k++) {
                String answer = s.answers().get(k);
                BigDecimal number = call.questions().get(k).kind() == QuestionKind.NUMBER ? Csv.number(answer) : null;
                if (number != null) {
                    sheet.number(number, number.stripTrailingZeros().scale() <= 0 ? XlsxWorkbook.INTEGER
                            : XlsxWorkbook.DECIMAL);
                } else {
                    sheet.text(answer);
                }
            }
        }
        return book.toBytes();
    }

    private String t(Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }

    /** A PDF summary of a call: its questions, then each organisation's answers and the referents' answer. */
    @Transactional(readOnly = true)
    public byte[] pdf(long callId) {
        CallDetails call = CallService.view(gate.staffCall(callId));
        exported(call, "pdf");
        return pdf.render(call, submissions(callId).stream().filter(s -> s.status() == SubmissionStatus.SUBMITTED).toList());
    }

    private Map<Long, String> names(ContributionCall call) {
        return organisations.findByConventionIdOrderByName(call.getConventionId()).stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    }

}
