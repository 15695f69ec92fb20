package fr.ctg.minutes;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.governance.DeadlineService;
import fr.ctg.governance.MeetingService;
import fr.ctg.minutes.internal.ActionItem;
import fr.ctg.minutes.internal.ActionItemRepository;
import fr.ctg.minutes.internal.Minutes;
import fr.ctg.minutes.internal.MinutesRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Action items after the meeting: the owner's list, the committee's open ones, and their status. */
@Service
@Transactional
public class ActionItemService {

    private final ActionItemRepository actions;
    private final MinutesRepository minutes;
    private final MinutesGate gate;
    private final ConventionAccessService access;
    private final DeadlineService deadlineService;

    ActionItemService(ActionItemRepository actions, MinutesRepository minutes, MinutesGate gate,
                      ConventionAccessService access, DeadlineService deadlineService) {
        this.actions = actions;
        this.minutes = minutes;
        this.gate = gate;
        this.access = access;
        this.deadlineService = deadlineService;
    }

    /** The caller's open action items in a convention, soonest first. */
    @Transactional(readOnly = true)
    public List<ActionItemRow> mine(long conventionId) {
        access.require(conventionId, Role.ANY_MEMBER);
        return views(actions.findByConventionIdAndOwnerAccountIdAndStatusOrderByDueDate(conventionId, gate.me(),
                ActionStatus.OPEN));
    }

    /** Open action items decided by a committee, for follow-up at its next meeting (members who read). */
    @Transactional(readOnly = true)
    public List<ActionItemRow> openForCommittee(long conventionId, long committeeId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return views(actions.findByConventionIdAndCommitteeIdAndStatusOrderByDueDate(conventionId, committeeId,
                ActionStatus.OPEN));
    }

    /** Closes an open action: done or dropped (the secretariat or the owner); its calendar deadline follows. */
    public ActionItemRow setStatus(long actionId, ActionStatus status) {
        ActionItem a = actions.findById(actionId).orElseThrow(NotFoundException::new);
        var roles = access.require(a.getConventionId(), Role.ANY_MEMBER);
        boolean owner = a.getOwnerAccountId() != null && a.getOwnerAccountId() == gate.me();
        if (!owner && roles.stream().noneMatch(MeetingService.SCHEDULERS::contains)) {
            throw new AccessRefusedException();
        }
        if (status == null || status == ActionStatus.OPEN) {
            throw new BusinessRuleException("actionItem.error.status");
        }
        if (a.getStatus() != ActionStatus.OPEN) {
            throw new BusinessRuleException("actionItem.error.closed");
        }
        if (a.getDeadlineId() != null) {
            deadlineService.closeAction(a.getDeadlineId(), status == ActionStatus.DONE);
        }
        a.setStatus(status);
        return MinutesViews.view(a, minutes.findById(a.getMinutesId()).map(Minutes::getTitle).orElse(""));
    }

    private List<ActionItemRow> views(List<ActionItem> list) {
        Map<Long, String> titles = minutes.findAllById(list.stream().map(ActionItem::getMinutesId).distinct().toList())
                .stream().collect(Collectors.toMap(Minutes::getId, Minutes::getTitle));
        return list.stream().map(a -> MinutesViews.view(a, titles.getOrDefault(a.getMinutesId(), ""))).toList();
    }
}
