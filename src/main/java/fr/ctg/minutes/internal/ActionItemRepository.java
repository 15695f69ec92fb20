package fr.ctg.minutes.internal;

import fr.ctg.minutes.ActionStatus;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByMinutesIdOrderById(Long minutesId);

    List<ActionItem> findByConventionIdAndOwnerAccountIdAndStatusOrderByDueDate(Long conventionId, Long ownerAccountId, ActionStatus status);

    List<ActionItem> findByConventionIdAndCommitteeIdAndStatusOrderByDueDate(Long conventionId, Long committeeId, ActionStatus status);
}
