package fr.ctg.contribution;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.contribution.internal.ContributionCall;
import fr.ctg.contribution.internal.Organisation;
import fr.ctg.contribution.internal.Submission;
import fr.ctg.contribution.internal.SubmissionRepository;
import fr.ctg.document.DocumentService;
import fr.ctg.document.UploadedFile;
import fr.ctg.indicator.Numbers;
import fr.ctg.security.AccountService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contributor's side of a call: answers saved as a draft at every change (never lost), submitted before the
 * closing date with a reference and a receipt (on screen and by e-mail, with a copy of the answers), withdrawn and
 * submitted again until the closing date. Only the contributor's own organisation's submission is reachable.
 */
@Service
@Transactional
public class SubmissionService {

    static final int SHORT = 300;
    static final int LONG = 10_000;

    private final SubmissionRepository submissions;
    private final ContributionGate gate;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DocumentService documents;
    private final AccountService accounts;

    SubmissionService(SubmissionRepository submissions, ContributionGate gate,
                      ApplicationEventPublisher events, Clock clock, DocumentService documents,
                      AccountService accounts) {
        this.documents = documents;
        this.accounts = accounts;
        this.submissions = submissions;
        this.gate = gate;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's organisation's submission to a call (empty draft when nothing was saved yet). */
    @Transactional(readOnly = true)
    public SubmissionDetails mine(long callId) {
        ContributionCall call = gate.visibleCall(callId);
        Organisation org = gate.contributorOf(call);
        return submissions.findByCallIdAndOrganisationId(callId, org.getId()).map(s -> view(s, org.getName()))
                .orElseGet(() -> new SubmissionDetails(0, callId, org.getId(), org.getName(), SubmissionStatus.DRAFT, null,
                        null, null, null, null, Map.of(), Map.of(), SubmissionDetails.NONE));
    }

    /** Saves the answers as they are (a draft: required answers may still be missing), without checking versions. */
    public SubmissionDetails saveDraft(long callId, Map<Integer, String> answers) {
        return saveDraft(callId, answers, null);
    }

    /**
     * Saves the answers as they are, unless the draft changed since the version the person started from
     * ({@code seenVersion}, {@link SubmissionDetails#NONE} if there was no draft; null: no check): another contact of the
     * organisation saved meanwhile, and nothing is overwritten silently ({@code contribution.error.changedMeanwhile}).
     */
    public SubmissionDetails saveDraft(long callId, Map<Integer, String> answers, Long seenVersion) {
        ContributionCall call = gate.visibleCall(callId);
        Organisation org = gate.contributorOf(call);
        if (today().isAfter(call.getClosesOn())) {
            throw new BusinessRuleException("contribution.error.closed", call.getClosesOn());
        }
        Optional<Submission> existing = submissions.findByCallIdAndOrganisationId(callId, org.getId());
        if (seenVersion != null && existing.map(Submission::getVersion).orElse(SubmissionDetails.NONE) != seenVersion) {
            throw new DraftChangedMeanwhile(existing.map(x -> view(x, org.getName())).orElseThrow());
        }
        Submission s = existing.orElseGet(() -> submissions.save(new Submission(callId, org.getId())));
        if (s.getStatus() == SubmissionStatus.SUBMITTED) {
            throw new BusinessRuleException("contribution.error.alreadySubmitted");
        }
        Map<Integer, String> clean = new TreeMap<>();
        for (Map.Entry<Integer, String> e : answers.entrySet()) {
            int k = e.getKey();
            if (k < 0 || k >= call.getQuestions().size() || call.getQuestions().get(k).getKind() == QuestionKind.FILE) {
                continue;
            }
            String v = e.getValue() == null ? "" : e.getValue().strip();
            int max = call.getQuestions().get(k).getKind() == QuestionKind.LONG_TEXT ? LONG : SHORT;
            if (v.length() > max) {
                throw new BusinessRuleException("contribution.error.tooLong", k + 1, max);
            }
            clean.put(k, v);
        }
        s.saveAnswers(clean);
        submissions.flush();
        return view(s, org.getName());
    }

    /**
     * Attaches a file as the answer to a file question (the document rules apply: type read from the bytes, size);
     * a refused file leaves the draft as it was.
     */
    public SubmissionDetails attach(long callId, int position, UploadedFile file) {
        ContributionCall call = gate.visibleCall(callId);
        Organisation org = gate.contributorOf(call);
        if (position < 0 || position >= call.getQuestions().size()
                || call.getQuestions().get(position).getKind() != QuestionKind.FILE) {
            throw new BusinessRuleException("contribution.error.notAFileQuestion");
        }
        if (today().isAfter(call.getClosesOn())) {
            throw new BusinessRuleException("contribution.error.closed", call.getClosesOn());
        }
        Submission s = submissions.findByCallIdAndOrganisationId(callId, org.getId())
                .orElseGet(() -> submissions.save(new Submission(callId, org.getId())));
        if (s.getStatus() == SubmissionStatus.SUBMITTED) {
            throw new BusinessRuleException("contribution.error.alreadySubmitted");
        }
        long documentId = documents.attachContribution(call.getConventionId(),
                org.getName() + " — " + call.getTitle() + " — question " + (position + 1), file);
        s.attachFile(position, documentId, file.originalName().strip());
        submissions.flush();
        return view(s, org.getName());
    }

    /** Submits the saved answers: open call, required answers present, numbers, choices and yes/no readable. */
    public SubmissionDetails submit(long callId) {
        ContributionCall call = gate.visibleCall(callId);
        Organisation org = gate.contributorOf(call);
        LocalDate today = today();
        if (today.isBefore(call.getOpensOn())) {
            throw new BusinessRuleException("contribution.error.notOpen", call.getOpensOn());
        }
        if (today.isAfter(call.getClosesOn())) {
            throw new BusinessRuleException("contribution.error.closed", call.getClosesOn());
        }
        Submission s = submissions.findByCallIdAndOrganisationId(callId, org.getId())
                .orElseThrow(() -> new BusinessRuleException("contribution.error.required", 1,
                        call.getQuestions().getFirst().getLabel()));
        if (s.getStatus() == SubmissionStatus.SUBMITTED) {
            throw new BusinessRuleException("contribution.error.alreadySubmitted");
        }
        List<String> copy = new ArrayList<>();
        for (int k = 0; k < call.getQuestions().size(); k++) {
            var q = call.getQuestions().get(k);
            String v = s.getAnswers().getOrDefault(k, "");
            if (v.isBlank()) {
                if (q.isRequired()) {
                    throw new BusinessRuleException("contribution.error.required", k + 1, q.getLabel());
                }
                continue;
            }
            switch (q.getKind()) {
                case NUMBER -> {
                    if (Numbers.parse(v) == null) {
                        throw new BusinessRuleException("contribution.error.number", k + 1, q.getLabel(), v);
                    }
                }
                case CHOICE -> {
                    if (!List.of(q.getChoices().split("\n")).contains(v)) {
                        throw new BusinessRuleException("contribution.error.choice", k + 1, q.getLabel());
                    }
                }
                case YES_NO -> {
                    if (!v.equals("oui") && !v.equals("non")) {
                        throw new BusinessRuleException("contribution.error.yesNo", k + 1, q.getLabel());
                    }
                }
                default -> { }
            }
            copy.add((k + 1) + ". " + q.getLabel() + "\n" + v);
        }
        var now = clock.instant();
        String reference = String.format("CTG-%d-%05d-%s", today.getYear(), s.getId(),
                Long.toString(now.getEpochSecond() % 46656, 36).toUpperCase(Locale.ROOT));
        s.submit(reference, now, gate.myName());
        var me = accounts.myAccount(); // the address and language saved now, not those of the login
        events.publishEvent(new SubmissionReceived(me.email(), me.displayName(), me.language(), call.getTitle(),
                reference, copy));
        events.publishEvent(new ContributionSubmitted(call.getConventionId(), call.getId(), call.getTitle(),
                org.getName(), reference, gate.me(), gate.myName(), ContributionGate.STAFF));
        return view(s, org.getName());
    }

    /** Withdraws a submission before the closing date; its answers stay as a draft to submit again. */
    public SubmissionDetails withdraw(long callId) {
        ContributionCall call = gate.visibleCall(callId);
        Organisation org = gate.contributorOf(call);
        if (today().isAfter(call.getClosesOn())) {
            throw new BusinessRuleException("contribution.error.closed", call.getClosesOn());
        }
        Submission s = submissions.findByCallIdAndOrganisationId(callId, org.getId())
                .filter(x -> x.getStatus() == SubmissionStatus.SUBMITTED)
                .orElseThrow(() -> new BusinessRuleException("contribution.error.notSubmitted"));
        s.withdraw();
        return view(s, org.getName());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
    }

    static SubmissionDetails view(Submission s, String organisationName) {
        return new SubmissionDetails(s.getId(), s.getCallId(), s.getOrganisationId(), organisationName, s.getStatus(),
                s.getReference(), s.getSubmittedAt(), s.getSubmittedByName(), s.getReviewStatus(), s.getReviewAnswer(),
                Map.copyOf(s.getAnswers()), Map.copyOf(s.getFiles()), s.getVersion());
    }
}
