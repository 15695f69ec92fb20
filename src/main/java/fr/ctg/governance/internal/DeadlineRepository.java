package fr.ctg.governance.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRepository extends JpaRepository<Deadline, Long> {
    List<Deadline> findByMeetingId(Long meetingId);

    List<Deadline> findByRuleId(Long ruleId);

    List<Deadline> findByConventionIdInAndCancelledFalseOrderByDueDate(Collection<Long> conventionIds);

    List<Deadline> findByConventionIdAndDueDateBetweenOrderByDueDate(Long conventionId, LocalDate from, LocalDate to);

    List<Deadline> findByConventionIdAndDoneFalseAndCancelledFalseAndDueDateBeforeOrderByDueDate(Long conventionId,
                                                                                                  LocalDate before);
}
