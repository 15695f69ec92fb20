package fr.ctg.governance;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.governance.internal.Deadline;
import fr.ctg.governance.internal.DeadlineRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation calendar (Annexe 4): milestones with their owner, and marking a deadline done.
 */
@Service
@Transactional
public class MilestoneService {

    /** Who keeps the evaluation calendar: the referents and the secretariat. */
    public static final Set<Role> MILESTONE_EDITORS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATION_REFERENT);

    private final DeadlineRepository deadlines;
    private final ConventionAccessService access;
    private final AccountService accounts;

    MilestoneService(DeadlineRepository deadlines, ConventionAccessService access, AccountService accounts) {
        this.deadlines = deadlines;
        this.access = access;
        this.accounts = accounts;
    }

    /** Adds an evaluation milestone (Annexe 4) with its owner (a member of the convention). */
    public DeadlineItem addMilestone(long conventionId, String title, LocalDate dueDate, Long ownerAccountId) {
        access.require(conventionId, MILESTONE_EDITORS);
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 300) {
            throw new BusinessRuleException("deadline.error.title");
        }
        if (dueDate == null) {
            throw new BusinessRuleException("deadline.error.date");
        }
        if (ownerAccountId != null && accounts.members(conventionId).stream()
                .noneMatch(m -> m.accountId() == ownerAccountId)) {
            throw new BusinessRuleException("deadline.error.owner");
        }
        Deadline d = new Deadline(conventionId, DeadlineKind.EVALUATION_MILESTONE, t, dueDate, null, null);
        d.setOwnerAccountId(ownerAccountId);
        return GovernanceRows.deadline(deadlines.save(d));
    }

    /** Marks a deadline done. */
    public void markDone(long deadlineId) {
        Deadline d = deadlines.findById(deadlineId).orElseThrow(NotFoundException::new);
        access.require(d.getConventionId(), MILESTONE_EDITORS);
        d.markDone();
    }
}
