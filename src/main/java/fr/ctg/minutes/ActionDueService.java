package fr.ctg.minutes;

import fr.ctg.minutes.internal.ActionItem;
import fr.ctg.minutes.internal.ActionItemRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells owners of open action items that one is due within {@code ctg.actions.due-days-before} days (2 by default)
 * or overdue: one {@link ActionDue} per action and due date, recorded on the action in the same transaction, so a
 * second run tells nobody again and a due date moved later is told anew.
 */
@Service
public class ActionDueService {

    private final ActionItemRepository actions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int daysBefore;

    ActionDueService(ActionItemRepository actions, ApplicationEventPublisher events, Clock clock,
                     @Value("${ctg.actions.due-days-before:2}") int daysBefore) {
        this.actions = actions;
        this.events = events;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    /** Announces what is due (run by the platform's job); returns how many owners were told. */
    @Transactional
    public int announceDue() {
        LocalDate until = LocalDate.now(clock).plusDays(daysBefore);
        List<ActionItem> due = actions
                .findByStatusAndOwnerAccountIdIsNotNullAndDueDateLessThanEqualOrderByDueDateAscIdAsc(ActionStatus.OPEN,
                        until).stream().filter(a -> !a.dueNoticed()).toList();
        for (ActionItem a : due) {
            a.markDueNoticed();
            events.publishEvent(new ActionDue(a.getConventionId(), a.getId(), a.getWhat(), a.getDueDate(),
                    a.getOwnerAccountId()));
        }
        return due.size();
    }
}
