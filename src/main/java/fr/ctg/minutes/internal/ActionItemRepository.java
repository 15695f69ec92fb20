package fr.ctg.minutes.internal;

import fr.ctg.minutes.ActionStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByMinutesIdOrderById(Long minutesId);

    /** Open actions with an owner due on or before {@code until} (overdue ones included), oldest due first. */
    List<ActionItem> findByStatusAndOwnerAccountIdIsNotNullAndDueDateLessThanEqualOrderByDueDateAscIdAsc(
            ActionStatus status, LocalDate until);

    List<ActionItem> findByConventionIdAndOwnerAccountIdAndStatusOrderByDueDate(Long conventionId, Long ownerAccountId, ActionStatus status);

    List<ActionItem> findByConventionIdAndCommitteeIdAndStatusOrderByDueDate(Long conventionId, Long committeeId, ActionStatus status);
}
