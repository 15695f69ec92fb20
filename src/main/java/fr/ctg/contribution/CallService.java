package fr.ctg.contribution;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.contribution.internal.CallQuestion;
import fr.ctg.contribution.internal.ContributionCall;
import fr.ctg.contribution.internal.ContributionCallRepository;
import fr.ctg.contribution.internal.Organisation;
import fr.ctg.contribution.internal.OrganisationRepository;
import fr.ctg.contribution.internal.Submission;
import fr.ctg.contribution.internal.SubmissionRepository;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls for contributions: written by referents, seen by the organisations they address. */
@Service
@Transactional
public class CallService {

    private final ContributionCallRepository calls;
    private final OrganisationRepository organisations;
    private final ContributionGate gate;
    private final ConventionService conventions;
    private final SubmissionRepository submissions;
    private final ConventionAccessService access;

    CallService(ContributionCallRepository calls, OrganisationRepository organisations, ContributionGate gate,
                ConventionService conventions, SubmissionRepository submissions, ConventionAccessService access) {
        this.calls = calls;
        this.submissions = submissions;
        this.access = access;
        this.organisations = organisations;
        this.gate = gate;
        this.conventions = conventions;
    }

    public long create(long conventionId, NewCall c) {
        gate.requireStaff(conventionId);
        String title = c.title() == null ? "" : c.title().strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new BusinessRuleException("contribution.error.title");
        }
        if (c.opensOn() == null || c.closesOn() == null || c.closesOn().isBefore(c.opensOn())) {
            throw new BusinessRuleException("contribution.error.dates");
        }
        Set<Long> groups = conventions.thematicGroups(conventionId).stream().map(ThematicGroupRef::id)
                .collect(Collectors.toSet());
        if (c.thematicGroupIds() == null || !groups.containsAll(c.thematicGroupIds())) {
            throw new BusinessRuleException("contribution.error.group");
        }
        Set<Long> orgs = organisations.findByConventionIdOrderByName(conventionId).stream().map(Organisation::getId)
                .collect(Collectors.toSet());
        if (c.organisationIds() == null || c.organisationIds().isEmpty() || !orgs.containsAll(c.organisationIds())) {
            throw new BusinessRuleException("contribution.error.organisations");
        }
        if (c.questions() == null || c.questions().isEmpty() || c.questions().size() > 50) {
            throw new BusinessRuleException("contribution.error.questions");
        }
        List<CallQuestion> questions = new ArrayList<>();
        for (Question q : c.questions()) {
            String label = q.label() == null ? "" : q.label().strip();
            if (label.isEmpty() || label.length() > 500 || q.kind() == null) {
                throw new BusinessRuleException("contribution.error.question", questions.size() + 1);
            }
            List<String> choices = q.choices() == null ? List.of()
                    : q.choices().stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
            if (q.kind() == QuestionKind.CHOICE && choices.size() < 2) {
                throw new BusinessRuleException("contribution.error.choices", questions.size() + 1);
            }
            questions.add(new CallQuestion(label, q.kind(), q.required(),
                    q.kind() == QuestionKind.CHOICE ? String.join("\n", choices) : null));
        }
        String instructions = c.instructions() == null || c.instructions().isBlank() ? null : c.instructions().strip();
        return calls.save(new ContributionCall(conventionId, title, instructions, c.opensOn(), c.closesOn(),
                c.thematicGroupIds(), c.organisationIds(), questions)).getId();
    }

    /** Staff: every call of the convention. Contributors: the calls addressed to their organisation. */
    @Transactional(readOnly = true)
    public List<CallDetails> calls(long conventionId) {
        if (gate.isStaff(conventionId)) {
            return calls.findByConventionIdOrderByClosesOnDesc(conventionId).stream().map(CallService::view).toList();
        }
        Long mine = gate.myOrganisation(conventionId).map(Organisation::getId).orElse(null);
        return calls.findByConventionIdOrderByClosesOnDesc(conventionId).stream()
                .filter(c -> mine != null && c.getOrganisationIds().contains(mine)).map(CallService::view).toList();
    }

    @Transactional(readOnly = true)
    public CallDetails call(long callId) {
        return view(gate.visibleCall(callId));
    }

    /**
     * Every call of the convention with its questions and how many submitted answers each received, for the
     * convention's readers (what feeds an evaluative question); associations are refused.
     */
    @Transactional(readOnly = true)
    public List<CallSummary> summaries(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        List<CallSummary> out = new ArrayList<>();
        for (ContributionCall c : calls.findByConventionIdOrderByClosesOnDesc(conventionId)) {
            int size = c.getQuestions().size();
            int[] counts = new int[size];
            for (Submission s : submissions.findByCallIdOrderById(c.getId())) {
                if (s.getStatus() != SubmissionStatus.SUBMITTED) {
                    continue;
                }
                s.getAnswers().forEach((position, answer) -> {
                    if (position != null && position >= 0 && position < size && answer != null && !answer.isBlank()) {
                        counts[position]++;
                    }
                });
            }
            out.add(new CallSummary(c.getId(), c.getConventionId(), c.getTitle(),
                    c.getQuestions().stream().map(CallQuestion::getLabel).toList(),
                    Arrays.stream(counts).boxed().toList()));
        }
        return out;
    }

    static CallDetails view(ContributionCall c) {
        return new CallDetails(c.getId(), c.getConventionId(), c.getTitle(), c.getInstructions(),
                Set.copyOf(c.getThematicGroupIds()), c.getQuestions().stream().map(CallService::question).toList(),
                c.getOpensOn(), c.getClosesOn(), Set.copyOf(c.getOrganisationIds()));
    }

    static Question question(CallQuestion q) {
        return new Question(q.getLabel(), q.getKind(), q.isRequired(),
                q.getChoices() == null ? List.of() : Arrays.asList(q.getChoices().split("\n")));
    }
}
