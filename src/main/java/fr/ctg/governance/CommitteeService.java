package fr.ctg.governance;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionCreated;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.governance.internal.CommitteeEntity;
import fr.ctg.governance.internal.CommitteeRepository;
import fr.ctg.governance.internal.DeadlineRule;
import fr.ctg.governance.internal.DeadlineRuleRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.Committee;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committees of a convention (Article 6): created with it (with the Annexe 3 deadline rules), listed, their
 * chairs named.
 */
@Service
@Transactional
public class CommitteeService {

    private final CommitteeRepository committees;
    private final DeadlineRuleRepository rules;
    private final ConventionAccessService access;
    private final ConventionService conventions;
    private final AccountService accounts;

    CommitteeService(CommitteeRepository committees, DeadlineRuleRepository rules, ConventionAccessService access,
                     ConventionService conventions, AccountService accounts) {
        this.committees = committees;
        this.rules = rules;
        this.access = access;
        this.conventions = conventions;
        this.accounts = accounts;
    }

    /** Every convention gets its committees and the Annexe 3 rules when it is created. */
    @EventListener
    void on(ConventionCreated event) {
        long c = event.conventionId();
        committees.save(new CommitteeEntity(c, Committee.COMITE_PILOTAGE, "Comité de pilotage", null, SecretariatParty.CC));
        committees.save(new CommitteeEntity(c, Committee.COMITE_SUIVI, "Comité de suivi", null, SecretariatParty.CAF));
        committees.save(new CommitteeEntity(c, Committee.COMITE_SUIVI_EVALUATION, "Comité de suivi de l’évaluation",
                null, SecretariatParty.CAF));
        for (ThematicGroupRef g : conventions.thematicGroups(c)) {
            committees.save(new CommitteeEntity(c, Committee.THEMATIC_GROUP, groupCommitteeName(g.name()), g.id(),
                    SecretariatParty.OTHER));
        }
        rules.save(new DeadlineRule(c, Committee.COMITE_PILOTAGE, DeadlineKind.FOLLOW_UP_COMMITTEE, 1, 0));
        rules.save(new DeadlineRule(c, Committee.COMITE_PILOTAGE, DeadlineKind.SECRETARIAT_PROPOSALS, 0, 15));
    }

    @Transactional(readOnly = true)
    public List<CommitteeSummary> committees(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return committees.findByConventionIdOrderById(conventionId).stream().map(GovernanceRows::committee).toList();
    }

    /** Names the chair of a committee (who approves its minutes): a member of the convention, or nobody. */
    public CommitteeSummary setChair(long committeeId, Long accountId) {
        CommitteeEntity c = committees.findById(committeeId).orElseThrow(NotFoundException::new);
        access.require(c.getConventionId(), MeetingService.SCHEDULERS);
        if (accountId != null && accounts.members(c.getConventionId()).stream().noneMatch(m -> m.accountId() == accountId)) {
            throw new BusinessRuleException("committee.error.chair");
        }
        c.setChairAccountId(accountId);
        return GovernanceRows.committee(c);
    }

    /**
     * The convocation rules of a committee: the share of its permanent members (1 to 100 %) a meeting needs, or null
     * for no quorum, and how many absent members one member may represent (0 to 5).
     */
    public CommitteeSummary setConvocationRules(long committeeId, Integer quorumPercent, Integer maxProxies) {
        CommitteeEntity c = committees.findById(committeeId).orElseThrow(NotFoundException::new);
        access.require(c.getConventionId(), MeetingService.SCHEDULERS);
        if (quorumPercent != null && (quorumPercent < 1 || quorumPercent > 100)) {
            throw new BusinessRuleException("committee.error.quorum");
        }
        if (maxProxies == null || maxProxies < 0 || maxProxies > 5) {
            throw new BusinessRuleException("committee.error.maxProxies");
        }
        c.setConvocationRules(quorumPercent, maxProxies);
        return GovernanceRows.committee(c);
    }

    /** The name of a thematic group's committee. */
    static String groupCommitteeName(String groupName) {
        String name = "Groupe « " + groupName + " »";
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
