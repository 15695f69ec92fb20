package fr.ctg.governance.internal;

import fr.ctg.security.Committee;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRuleRepository extends JpaRepository<DeadlineRule, Long> {
    List<DeadlineRule> findByConventionIdAndTrigger(Long conventionId, Committee trigger);

    List<DeadlineRule> findByConventionIdOrderById(Long conventionId);
}
